import { ChatError } from './chatError'
import type { ChatClient } from './client'
import type { AnyProvider, ApiOf, ProviderContext, ProviderOperations, VendorCall, VendorWindow } from './defineProvider'
import type { ResolvedOptions } from './options'
import { addScript, SCRIPT_MARK } from './scriptElement'
import { scheduleLoad } from './strategies'
import type { ChatState, Unsubscribe } from './types'
import { validateVisitor } from './validateOptions'

type Operation = keyof ProviderOperations
type Command = (ctx: ProviderContext) => void

// Bundlers replace `process.env.NODE_ENV`, so development warnings cost nothing in production.
declare const process: { env: { NODE_ENV?: string } }

/** The engine behind `createChat`: one provider, validated options. */
export function createClient<P extends AnyProvider>(options: ResolvedOptions<P>): ChatClient<ApiOf<P>> {
  const win = typeof window < 'u' ? (window as VendorWindow) : undefined
  const { provider } = options
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
  // Every subscription as [event, handler], in the order they were made.
  const subscriptions = new Set<[string, (payload: any) => void]>()
  const warned = new Set<string>()
  let consent = options.consent
  let wantsLoad = false
  // Calls the vendor cannot take yet; `undefined` once destroyed.
  let queue: Command[] | undefined = []
  let waiting: Promise<void> | undefined
  let settleWaiting: (error?: ChatError) => void
  let cancelSchedule: Unsubscribe | undefined
  // The current load, from install to teardown; a replaced context can no longer emit.
  let ctx: ProviderContext | undefined
  let isReady = false
  // What undoes the current script: its element, its timer, the vendor listeners.
  const cleanups: Array<Unsubscribe | void> = []

  function emit(event: string, payload?: unknown) {
    for (const [subscribed, handler] of subscriptions) {
      try {
        if (subscribed == event) handler(payload)
      } catch (error) {
        console.error('[chatmount] An event handler threw:', error)
      }
    }
  }

  /** Keep the same snapshot unless a field really changed. */
  function set(patch: Partial<ChatState>) {
    if ((Object.keys(patch) as Array<keyof ChatState>).some((key) => patch[key] !== state[key])) {
      emit('state', (state = { ...state, ...patch }))
    }
  }

  const failure = (code: ChatError['code'], message: string, cause?: unknown) =>
    new ChatError(code, `${name}: ${message}`, { cause })
  const destroyed = () => failure('destroyed', 'this chat was destroyed')

  function report(error: ChatError) {
    // Never silent: with nobody listening, say it on the console.
    if (![...subscriptions].some(([event]) => event == 'error')) console.error(error)
    emit('error', error)
  }

  /** Run vendor code; an exception becomes an `'error'` event, never the app's problem. */
  function attempt(run: () => unknown, what: string) {
    try {
      run()
    } catch (cause) {
      report(cause instanceof ChatError ? cause : failure('vendor', `${what} threw: ${cause}`, cause))
    }
  }

  function settle(error?: ChatError) {
    if (waiting) settleWaiting(error)
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
    try {
      provider.install(current)
    } catch (cause) {
      end()
      return fail(failure('vendor', `install threw: ${cause}`, cause))
    }
    if (provider.vendorQueue) flush()
    load(current)
  }

  /** Add the script and wait for the vendor to say it is ready, or fail, or time out. */
  function load(current: ProviderContext) {
    // False once this script is replaced or removed: its late answers change nothing.
    let live = true
    const onReady = () => {
      if (!live || isReady) return
      isReady = true
      attempt(() => cleanups.push(provider.listen?.(current)), 'listen')
      set({ status: 'ready', error: null })
      flush()
      emit('ready')
      settle()
    }
    const timer = setTimeout(
      () => isReady || fail(failure('timeout', `not ready ${options.timeout} ms after its script was added`)),
      options.timeout,
    )
    set({ status: 'loading', error: null })
    cleanups.push(() => {
      live = false
      clearTimeout(timer)
    })
    if (provider.whenReady) cleanups.push(provider.whenReady(current, onReady))
    cleanups.push(
      addScript(provider, current, options, {
        loaded: () => provider.whenReady || onReady(),
        failed(src) {
          if (!live) return
          unload()
          fail(failure('load_failed', `the script at ${src} could not be loaded (blocked or offline?)`))
        },
      }),
    )
  }

  /** Stop listening and remove the script; the globals, and calls not yet delivered, stay. */
  function unload() {
    cleanups.splice(0).forEach((cleanup) => cleanup?.())
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
    // After a failure only `retry()` (or `load()`) starts again.
    if (!win || !queue || ctx || state.error) return
    if (!consent) return set({ status: 'waiting' })
    if (wantsLoad) return begin()
    set({ status: options.load == 'manual' ? 'idle' : 'waiting' })
    cancelSchedule = scheduleLoad(options.load, win, options.target, begin)
  }

  function ready(): Promise<void> {
    const { status, error } = state
    if (status == 'ready') return Promise.resolve()
    if (status == 'destroyed') return Promise.reject(destroyed())
    if (error) return Promise.reject(error)
    return (waiting ||= new Promise((resolve, reject) => (settleWaiting = (error) => (error ? reject(error) : resolve()))))
  }

  function start(): Promise<void> {
    if (!win) return Promise.reject(failure('unsupported', 'cannot load outside a browser'))
    wantsLoad = true
    begin()
    return ready()
  }

  /** `open()` and `toggle()` show intent: they load in every strategy. */
  const startQuietly = () => win && queue && start().catch(() => {})

  // Start after the current task: a chat created and destroyed at once (React StrictMode) adds nothing.
  if (win) queueMicrotask(arm)
  if (options.visitor) perform('identify', options.visitor)

  const client: ChatClient<ApiOf<P>> = {
    provider: name,
    getState: () => state,
    subscribe: (listener) => client.on('state', listener),
    load: start,
    ready,
    open() {
      perform('open')
      startQuietly()
    },
    close: () => perform('close'),
    toggle() {
      perform('toggle')
      if (!state.open) startQuietly()
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
      const subscription: [string, (payload: any) => void] = [event, handler]
      subscriptions.add(subscription)
      return () => subscriptions.delete(subscription)
    },
    supports: (capability) => capabilities.has(capability),
    call(method, ...args) {
      deliver((current) => provider.call(current, [method, ...args]))
    },
    get(method, ...args) {
      return ready().then(() => {
        if (!provider.get) throw failure('unsupported', 'has no getters')
        try {
          return provider.get(ctx!, method, args) as never
        } catch (cause) {
          throw failure('vendor', `${method} threw: ${cause}`, cause)
        }
      })
    },
    retry() {
      if (!ctx || !queue) return start()
      if (!isReady) {
        // Keep the installed globals (and any vendor-side queue in them); swap only the script.
        unload()
        load(ctx)
      }
      return ready()
    },
    destroy() {
      if (!queue) return
      cancelSchedule?.()
      end()
      queue = undefined
      settle(destroyed())
      set({ status: 'destroyed', error: null })
      subscriptions.clear()
    },
  }
  return client
}
