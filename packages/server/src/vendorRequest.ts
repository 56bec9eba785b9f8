import { VendorApiError, type VendorApi } from './vendorApiError'

/** How a vendor API client reaches its vendor; every field has a default. */
export interface ApiOptions {
  /** Where the API lives (the vendor's documented address by default): for tests, proxies, the emulator. */
  baseUrl?: string
  /** The `fetch` to call (the platform's by default). */
  fetch?: typeof fetch
  /** Milliseconds each attempt may take, answer body included. Default 10,000. */
  timeout?: number
  /** How many times a 429 is retried after waiting its `Retry-After`. Default 2; never more than 10. */
  retries?: number
  /** The longest `Retry-After`, in seconds, worth waiting: a longer one rejects at once. Default 60. */
  maxRetryWait?: number
}

/** Per call. */
export interface CallOptions {
  /** Aborts the call, waiting included; the call rejects with the signal's reason. */
  signal?: AbortSignal
}

interface VendorCall {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  query?: Record<string, string>
  /** Sent as JSON, or as an HTML form where the vendor documents one. */
  body?: Record<string, unknown>
  encoding?: 'json' | 'form'
  /** Beyond the client's own (an endpoint's token header). */
  headers?: Record<string, string>
  signal?: AbortSignal | undefined
}

export type SendToVendor = <T>(call: VendorCall) => Promise<T>

const fail = (option: string, expected: string): never => {
  throw new TypeError(`${option} must be ${expected}.`)
}

/** The one place every vendor call goes through: URL, headers, timeout, bounded 429 retries, errors. */
export function vendorRequest(
  vendor: VendorApi,
  defaultBaseUrl: string,
  headers: Record<string, string>,
  options: ApiOptions,
): SendToVendor {
  const {
    fetch: fetchFn = globalThis.fetch,
    timeout = 10_000,
    retries = 2,
    maxRetryWait = 60,
  } = options
  const base = apiBase(options.baseUrl ?? defaultBaseUrl)
  if (typeof fetchFn != 'function') fail('fetch', 'a function')
  if (!(timeout > 0 && Number.isFinite(timeout)))
    fail('timeout', 'a positive number of milliseconds')
  if (!(Number.isInteger(retries) && retries >= 0 && retries <= 10))
    fail('retries', 'an integer from 0 to 10')
  if (!(maxRetryWait >= 0 && Number.isFinite(maxRetryWait)))
    fail('maxRetryWait', 'a number of seconds, 0 or more')

  return async function send<T>(call: VendorCall): Promise<T> {
    const url = new URL(call.path, base)
    for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value)
    const what = `${call.method} ${url.pathname}`
    const init: RequestInit = {
      method: call.method,
      headers: { accept: 'application/json', ...headers, ...call.headers },
    }
    if (call.body) {
      const form = call.encoding == 'form'
      init.headers = {
        ...init.headers,
        'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
      }
      init.body = form
        ? new URLSearchParams(call.body as Record<string, string>).toString()
        : JSON.stringify(call.body)
    }

    for (let attempt = 0; ; attempt++) {
      const { response, text } = await answer(url, init, call.signal, what)
      if (response.ok) return parse<T>(text, what)
      const vendorMessage = messageOf(text)
      const details = { status: response.status, vendorMessage }
      const said = vendorMessage ?? (response.statusText || 'no explanation')
      if (response.status != 429)
        throw new VendorApiError(
          vendor,
          'http',
          `${what} answered ${response.status}: ${said}`,
          details,
        )
      const retryAfter = retryAfterSeconds(response.headers.get('retry-after'))
      if (attempt >= retries || retryAfter > maxRetryWait) {
        const why =
          attempt >= retries
            ? `after ${retries} ${retries == 1 ? 'retry' : 'retries'}`
            : `Retry-After ${retryAfter} s is beyond maxRetryWait`
        throw new VendorApiError(
          vendor,
          'rate_limited',
          `${what} is rate-limited (${why}): ${said}`,
          { ...details, retryAfter },
        )
      }
      await wait(retryAfter * 1000, call.signal)
    }
  }

  async function answer(
    url: URL,
    init: RequestInit,
    signal: AbortSignal | undefined,
    what: string,
  ) {
    signal?.throwIfAborted()
    const controller = new AbortController()
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, timeout)
    const abort = () => controller.abort(signal?.reason)
    signal?.addEventListener('abort', abort, { once: true })
    try {
      const response = await fetchFn(url, { ...init, signal: controller.signal })
      return { response, text: await response.text() }
    } catch (error) {
      if (signal?.aborted) throw signal.reason
      if (timedOut)
        throw new VendorApiError(
          vendor,
          'timeout',
          `${what} gave no complete answer within ${timeout} ms.`,
        )
      throw new VendorApiError(
        vendor,
        'network',
        `${what} got no answer: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
    }
  }

  function parse<T>(text: string, what: string): T {
    try {
      return JSON.parse(text) as T
    } catch (cause) {
      throw new VendorApiError(
        vendor,
        'invalid_response',
        `${what} answered with a body that is not JSON.`,
        { cause },
      )
    }
  }
}

function apiBase(baseUrl: unknown): URL {
  let url: URL | undefined
  try {
    url = typeof baseUrl == 'string' ? new URL(baseUrl) : undefined
  } catch {
    // Reported below, with the option's name.
  }
  if (!url || (url.protocol != 'https:' && url.protocol != 'http:'))
    return fail('baseUrl', 'an absolute http(s) URL')
  // Paths are relative to the base: it must end in a slash, or its last segment would be replaced.
  if (!url.pathname.endsWith('/')) url.pathname += '/'
  return url
}

/** The vendor's explanation in an error body (`{ "status": 400, "message": "Invalid data format" }`). */
function messageOf(text: string): string | undefined {
  try {
    const body: unknown = JSON.parse(text)
    if (
      body &&
      typeof body == 'object' &&
      typeof (body as { message?: unknown }).message == 'string'
    )
      return (body as { message: string }).message
  } catch {
    // Not JSON: a proxy's page, say; the status speaks for it.
  }
  return undefined
}

/** `Retry-After` is seconds or an HTTP date; without one, a second. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number {
  const value = header?.trim() ?? ''
  if (/^\d+$/.test(value)) return Number(value)
  const at = Date.parse(value)
  return Number.isNaN(at) ? 1 : Math.max(0, Math.ceil((at - now) / 1000))
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const done = () => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }
    const timer = setTimeout(done, ms)
    const stop = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}
