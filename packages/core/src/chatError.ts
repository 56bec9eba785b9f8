/** What went wrong, in a form an app can switch on. */
export type ChatErrorCode =
  | 'config' // an option is missing or malformed
  | 'load_failed' // the vendor script could not be fetched (blocked, 404, offline)
  | 'timeout' // the script arrived but the vendor never said it was ready in time
  | 'unsupported' // this provider cannot do what was asked
  | 'destroyed' // the chat was destroyed before it could answer
  | 'vendor' // the vendor's own code threw

/**
 * Why a vendor's script could not be loaded (`load_failed`), where the browser lets a page tell:
 * - `'offline'`: the browser was offline; the load is tried again once it is back online.
 * - `'blocked'`: the request got no answer while online: an ad blocker, a firewall, a name that
 *   does not resolve.
 * - `'server'`: the vendor's server answered, but not with a script (a 404, a 500).
 * A script that arrived but never started is the code `'timeout'`.
 */
export type LoadFailure = 'offline' | 'blocked' | 'server'

/** Every error chatmount raises or reports is one of these. */
export class ChatError extends Error {
  override readonly name = 'ChatError'
  readonly code: ChatErrorCode
  /** For `load_failed`, why, where the browser tells (see `LoadFailure`). */
  readonly reason?: LoadFailure

  constructor(
    code: ChatErrorCode,
    message: string,
    options?: { cause?: unknown; reason?: LoadFailure },
  ) {
    super(`[chatmount] ${message}`, options)
    this.code = code
    if (options?.reason) this.reason = options.reason
  }
}

export function isChatError(value: unknown): value is ChatError {
  return value instanceof ChatError
}
