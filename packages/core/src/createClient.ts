import { ChatError } from './chatError'
import type { ChatClient } from './client'
import type { AnyProvider, ApiOf, ProviderContext, ProviderOperations, VendorCall, VendorWindow } from './defineProvider'
import type { ResolvedOptions, ScriptRequest } from './options'
import { insertScript, SCRIPT_MARK } from './scriptElement'
import { scheduleLoad } from './strategies'
import type { ChatState, Unsubscribe } from './types'
import { validateVisitor } from './validateOptions'

type Operation = keyof ProviderOperations
type Command = (ctx: ProviderContext) => void

// Bundlers replace `process.env.NODE_ENV`, so development warnings cost nothing in production.
declare const process: { env: { NODE_ENV?: string } }

/** The engine behind `createChat`: one provider, validated options. */
export function createClient<P extends AnyProvider>(provider: P, options: ResolvedOptions<P>): ChatClient<ApiOf<P>> {
  const win = typeof window < 'u' ? (window as VendorWindow) : undefined
  const { name, operations: ops } = provider
  const capabilities = new Set<string>([...(provider.capabilities ?? []), ...Object.keys(ops)])
  // A vendor that reports open and close lets us toggle from what we know.
  if (ops.open && ops.close && capabilities.has('events.open')) capabilities.add('toggle')

  let state: ChatState = {
    status: 'idle',
    open: false,
    visible: true,
    unread: capabilities.has('unread') ? 0 : null,
    error: null,
  }
  const handlers = new Map<string, Set<(payload: any) => void>>()
  const warned = new Set<string>()
  let consent = options.consent
  let wantsLoad = false
  let queue: Command[] | undefined = []
  let waiting: { promise: Promise<void>; settle: (error?: ChatError) => void } | undefined
  let cancelSchedule: Unsubscribe | undefined
  // The current load, from install to teardown; a replaced context can no longer emit.
  let ctx: ProviderContext | undefined
  let isReady = false
  let removeScript: Unsubscribe | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let cleanups: Array<Unsubscribe | void> = []

  const emit = (event: string, payload?: unknown) =>
    handlers.get(event)?.forEach((handler) => {
      try {
        handler(payload)
      } catch (error) {
        console.error('[chatmount] An event handler threw:', error)
      }
    })

  /** Keep the same snapshot unless a field really changed. */
  function set(patch: Partial<ChatState>) {
    if ((Object.keys(patch) as Array<keyof ChatState>).some((key) => patch[key] !== state[key])) {
      emit('state', (state = { ...state, ...patch }))
    }
  }

  const failure = (code: ChatError['code'], message: string, cause?: unknown) =>
    new ChatError(code, `${name}: ${message}`, { cause })

  function report(error: ChatError) {
    // Never silent: with nobody listening, say it on the console.
    if (!handlers.get('error')?.size) console.error(error)
    emit('error', error)
  }

  /** Run vendor code; an exception becomes an `'error'` event, never the app's problem. */
  function attempt(run: () => unknown, what: string) {
    try {
      run()
      return true
    } catch (cause) {
      report(cause instanceof ChatError ? cause : failure('vendor', `${what} threw: ${cause}`, cause))
    }
  }

  function settle(error?: ChatError) {
    waiting?.settle(error)
    waiting = undefined
  }

  function fail(error: ChatError) {
    set({ status: 'error', error })
    report(error)
    settle(error)
  }

  /** Hand a command to the vendor if it can take it now (ready, or its own queue installed), else keep it. */
  function deliver(command: Command) {
    if (ctx && (isReady || provider.vendorQueue)) attempt(() => command(ctx!), name)
    else queue?.push(command)
  }

  function flush() {
    // In order, once each; a command that queues more keeps them behind the rest.
    while (queue?.length && ctx) deliver(queue.shift()!)
  }

  function perform(op: Operation, arg?: unknown) {
    const map = ops[op] as ((ctx: ProviderContext, arg?: unknown) => VendorCall[]) | undefined
    if (map) {
      return deliver((current) => {
        for (const call of map(current, arg)) provider.call(current, call)
        // Vendors do not report visibility; open and close only where `events.*` say they do.
        if (op == 'show' || op == 'hide') set({ visible: op == 'show' })
        if ((op == 'open' || op == 'close') && !capabilities.has('events.' + op)) set({ open: op == 'open' })
      })
    }
    if (op == 'toggle' && capabilities.has('toggle')) return deliver(() => perform(state.open ? 'close' : 'open'))
    const error = failure('unsupported', 'cannot ' + op)
    if (process.env.NODE_ENV != 'production' && !warned.has(op)) {
      warned.add(op)
      console.warn(error.message)
    }
    emit('error', error)
  }

  /** What the vendor rendered: gone on teardown, and before an install (some refuse to start twice). */
  function removeVendorElements(doc: Document) {
    if (provider.elements) doc.querySelectorAll(provider.elements).forEach((element) => element.remove())
  }

  /** The strategy said "now": install the vendor's globals and add its script. */
  function begin() {
    cancelSchedule?.()
    if (!win || !queue || ctx || !consent) return
    const { document } = win
    if (document.querySelector(`script[${SCRIPT_MARK}=${name}]`)) {
      return fail(failure('config', 'another chat for this provider is in the page; destroy it first'))
    }
    removeVendorElements(document)
    const current: ProviderContext = (ctx = {
      window: win,
      document,
      token: options.token,
      options: options.options ?? {},
      emit(event, payload) {
        if (current != ctx) return
        if (event == 'open' || event == 'close') set({ open: event == 'open' })
        if (event == 'unread') set({ unread: payload as number })
        emit(event, payload)
      },
    })
    if (!attempt(() => provider.install(current), 'install')) {
      end()
      return fail(failure('vendor', 'install failed'))
    }
    if (provider.vendorQueue) flush()
    addScript(current)
  }

  function addScript(current: ProviderContext) {
    set({ status: 'loading', error: null })
    const src = new URL(options.scriptUrl ?? provider.scriptUrl(options.token), current.document.baseURI).href
    const onReady = () => {
      if (current != ctx || isReady) return
      clearTimeout(timer)
      isReady = true
      attempt(() => cleanups.push(provider.listen?.(current)), 'listen')
      set({ status: 'ready', error: null })
      flush()
      emit('ready')
      settle()
    }
    if (provider.whenReady) cleanups.push(provider.whenReady(current, onReady))
    let remove: Unsubscribe | undefined
    const request: ScriptRequest = {
      id: `chatmount-${name}`,
      src,
      nonce: options.nonce,
      attributes: { [SCRIPT_MARK]: name },
      loaded: () => provider.whenReady || onReady(),
      failed() {
        if (removeScript != remove) return
        unload()
        fail(failure('load_failed', `the script at ${src} could not be loaded (blocked or offline?)`))
      },
    }
    // A framework's loader may take it; a provider that shapes its element always gets ours.
    removeScript = remove =
      (!provider.prepareScript && options.scriptLoader?.(request)) || insertScript(provider, current, request)
    timer = setTimeout(() => {
      if (current == ctx && !isReady) fail(failure('timeout', `not ready ${options.timeout} ms after its script was added`))
    }, options.timeout)
  }

  /** Stop listening and remove the script; the globals, and calls not yet delivered, stay. */
  function unload() {
    clearTimeout(timer)
    cleanups.forEach((cleanup) => cleanup?.())
    cleanups = []
    removeScript?.()
    removeScript = undefined
  }

  /** Take the vendor out of the page: script, listeners, globals and elements. */
  function end() {
    const current = ctx
    if (!current) return
    unload()
    ctx = undefined
    isReady = false
    attempt(() => provider.teardown?.(current), 'teardown')
    provider.globals?.forEach((global) => delete current.window[global])
    removeVendorElements(current.document)
    set({ open: false })
  }

  /** Wait for consent and the strategy; where there is no page, do nothing. */
  function arm() {
    if (!win || !queue || ctx) return
    if (!consent) return set({ status: 'waiting' })
    if (wantsLoad) return begin()
    set({ status: options.load == 'manual' ? 'idle' : 'waiting' })
    cancelSchedule = scheduleLoad(options.load, win, options.target, begin)
  }

  function ready(): Promise<void> {
    const { status, error } = state
    if (status == 'ready') return Promise.resolve()
    if (status == 'destroyed') return Promise.reject(failure('destroyed', 'this chat was destroyed'))
    if (error) return Promise.reject(error)
    if (!waiting) {
      let settle!: (error?: ChatError) => void
      const promise = new Promise<void>((resolve, reject) => (settle = (error) => (error ? reject(error) : resolve())))
      waiting = { promise, settle }
    }
    return waiting.promise
  }

  function load(): Promise<void> {
    if (!win) return Promise.reject(failure('unsupported', 'cannot load outside a browser'))
    wantsLoad = true
    begin()
    return ready()
  }

  /** `open()` and `toggle()` show intent: they load in every strategy. */
  const loadQuietly = () => win && queue && load().catch(() => {})

  // Start after the current task: a chat created and destroyed at once (React StrictMode) adds nothing.
  if (win) queueMicrotask(arm)
  if (options.visitor) perform('identify', options.visitor)

  const client: ChatClient<ApiOf<P>> = {
    provider: name,
    getState: () => state,
    subscribe: (listener) => client.on('state', listener),
    load,
    ready,
    open() {
      perform('open')
      loadQuietly()
    },
    close: () => perform('close'),
    toggle() {
      perform('toggle')
      if (!state.open) loadQuietly()
    },
    show: () => perform('show'),
    hide: () => perform('hide'),
    identify(visitor) {
      validateVisitor(visitor)
      perform('identify', visitor)
    },
    reset: () => perform('reset'),
    pageView: (page = {}) => perform('pageView', page),
    setConsent(granted) {
      if (!queue || consent == granted) return
      consent = granted
      if (granted) return arm()
      cancelSchedule?.()
      end()
      set({ status: 'waiting', error: null })
    },
    on(event, handler) {
      const set = handlers.get(event) ?? new Set()
      handlers.set(event, set.add(handler))
      return () => set.delete(handler)
    },
    supports: (capability) => capabilities.has(capability),
    call(method, ...args) {
      deliver((current) => provider.call(current, [method, ...args]))
    },
    get(method, ...args) {
      return ready().then(() => {
        let value: any
        if (!provider.get) throw failure('unsupported', 'has no getters')
        if (!attempt(() => (value = provider.get!(ctx!, method, args)), method)) throw failure('vendor', method + ' threw')
        return value
      })
    },
    retry() {
      if (!ctx || !queue) return load()
      if (!isReady) {
        // Keep the installed globals (and any vendor-side queue in them); swap only the script.
        unload()
        addScript(ctx)
      }
      return ready()
    },
    destroy() {
      if (!queue) return
      cancelSchedule?.()
      end()
      queue = undefined
      settle(failure('destroyed', 'this chat was destroyed'))
      set({ status: 'destroyed', error: null })
      handlers.clear()
    },
  }
  return client
}
