import { ChatError, isChatError } from './chatError'
import type { ChatClient } from './client'
import type {
  AnyProvider,
  ApiOf,
  ProviderContext,
  ProviderOperations,
  VendorCall,
  VendorWindow,
} from './defineProvider'
import { createEmitter } from './emitter'
import type { ResolvedOptions } from './options'
import { insertScript } from './scriptElement'
import { createStore } from './store'
import { scheduleLoad } from './strategies'
import type { Capability, ChatState, Unsubscribe } from './types'
import { validateVisitor } from './validateOptions'

type Operation = keyof ProviderOperations
type Command = (ctx: ProviderContext) => void

/** One attempt at having the vendor in the page: from install to teardown. */
interface Session {
  ctx: ProviderContext
  alive: boolean
  ready: boolean
  script?: HTMLScriptElement
  timer?: ReturnType<typeof setTimeout>
  cleanups: Unsubscribe[]
}

/** Providers already in a document, so two live chats never add the same vendor twice. */
const inPage = new WeakMap<Document, Set<string>>()

// Bundlers replace `process.env.NODE_ENV`; where nothing does, warnings stay on.
declare const process: { env?: { NODE_ENV?: string } }
const isDev = () => typeof process === 'undefined' || process.env?.NODE_ENV !== 'production'

/** The engine behind `createChat`: one provider, validated options. */
export function createClient<P extends AnyProvider>(
  provider: P,
  options: ResolvedOptions<P>,
): ChatClient<ApiOf<P>> {
  const win = typeof window === 'undefined' ? undefined : (window as VendorWindow)
  const ops = provider.operations
  const capabilities = new Set<Capability>(provider.capabilities)
  for (const op of Object.keys(ops)) capabilities.add(op as Capability)
  // A vendor that reports open and close lets us toggle from what we know.
  if (ops.open && ops.close && capabilities.has('events.open')) capabilities.add('toggle')

  const store = createStore<ChatState>({
    status: 'idle',
    open: false,
    visible: true,
    unread: capabilities.has('unread') ? 0 : null,
    error: null,
  })
  const emitter = createEmitter((error) => console.error('[chatmount] An event handler threw:', error))
  store.subscribe((state) => emitter.emit('state', state))

  let consent = options.consent
  let wantsLoad = false
  let destroyed = false
  let session: Session | undefined
  let cancelSchedule: Unsubscribe | undefined
  let queue: Command[] = []
  let waiters: Array<{ resolve: () => void; reject: (error: ChatError) => void }> = []
  const warned = new Set<string>()

  const setStatus = (status: ChatState['status'], error: ChatError | null = null) => store.set({ status, error })

  function report(error: ChatError) {
    // Never silent: with nobody listening, say it on the console (unsupported calls warn once instead).
    if (!emitter.has('error') && error.code !== 'unsupported') console.error(error)
    emitter.emit('error', error)
  }

  function settle(error?: ChatError) {
    const pending = waiters
    waiters = []
    pending.forEach((waiter) => (error ? waiter.reject(error) : waiter.resolve()))
  }

  function fail(error: ChatError) {
    setStatus('error', error)
    report(error)
    settle(error)
  }

  /** Run a command against the vendor, turning a vendor exception into an `'error'` event. */
  function run(command: Command, ctx: ProviderContext) {
    try {
      command(ctx)
    } catch (cause) {
      report(isChatError(cause) ? cause : new ChatError('vendor', `${provider.name} threw: ${String(cause)}`, { cause }))
    }
  }

  /** Whether calls can be handed to the vendor now: at ready, or at install where it keeps its own queue. */
  const accepting = () => session && (session.ready || provider.vendorQueue) ? session : undefined

  function deliver(command: Command) {
    if (destroyed) return warnOnce('destroyed', 'This chat was destroyed; the call was ignored.')
    const target = accepting()
    if (target) run(command, target.ctx)
    else queue.push(command)
  }

  function flush(target: Session) {
    // Replay in order, once each; a command that queues more keeps them behind the rest.
    while (queue.length && target.alive) run(queue.shift()!, target.ctx)
  }

  function warnOnce(key: string, message: string) {
    if (warned.has(key) || !isDev()) return
    warned.add(key)
    console.warn(`[chatmount] ${message}`)
  }

  function unsupported(what: string) {
    const error = new ChatError('unsupported', `${provider.name} cannot ${what}.`)
    warnOnce(what, error.message.replace('[chatmount] ', ''))
    report(error)
  }

  function callVendor(ctx: ProviderContext, calls: readonly VendorCall[]) {
    for (const call of calls) provider.call(ctx, call)
  }

  /** A unified operation: mapped through the provider, queued until the vendor can take it. */
  function perform(op: Operation, ...args: unknown[]) {
    if (op === 'toggle' && !ops.toggle && capabilities.has('toggle')) {
      return deliver(() => perform(store.get().open ? 'close' : 'open'))
    }
    const map = ops[op] as ((ctx: ProviderContext, ...rest: unknown[]) => VendorCall[]) | undefined
    if (!map) return unsupported(op)
    deliver((ctx) => {
      callVendor(ctx, map(ctx, ...args))
      // Where the vendor reports these itself, its events keep the state honest instead.
      if (op === 'show' || op === 'hide') store.set({ visible: op === 'show' })
      if ((op === 'open' || op === 'close') && !capabilities.has(`events.${op}`)) store.set({ open: op === 'open' })
    })
  }

  function context(): ProviderContext {
    const ctx: ProviderContext = {
      window: win!,
      document: win!.document,
      token: options.token,
      options: options.options ?? {},
      emit(event, payload) {
        if (ctx !== session?.ctx || !session.alive) return
        if (event === 'open' || event === 'close') store.set({ open: event === 'open' })
        if (event === 'unread') store.set({ unread: payload as number })
        emitter.emit(event, payload)
      },
    }
    return ctx
  }

  /** Install the vendor's globals and add its script: the moment the strategy said "now". */
  function begin() {
    cancelSchedule?.()
    if (!win || destroyed || session || !consent) return
    const claimed = inPage.get(win.document) ?? new Set<string>()
    inPage.set(win.document, claimed)
    if (claimed.has(provider.name)) {
      return fail(new ChatError('config', `Another ${provider.name} chat is already in this page; destroy it before creating a new one.`))
    }
    claimed.add(provider.name)
    session = { ctx: context(), alive: true, ready: false, cleanups: [] }
    try {
      provider.install(session.ctx)
    } catch (cause) {
      end()
      return fail(new ChatError('vendor', `${provider.name} could not be installed: ${String(cause)}`, { cause }))
    }
    if (provider.vendorQueue) flush(session)
    addScript(session)
  }

  function addScript(current: Session) {
    setStatus('loading')
    const { ctx } = current
    const src = new URL(options.scriptUrl ?? provider.scriptUrl(options.token), ctx.document.baseURI).href
    const onReady = () => {
      if (!current.alive || current.ready) return
      clearTimeout(current.timer)
      current.ready = true
      try {
        const stop = provider.listen?.(ctx)
        if (stop) current.cleanups.push(stop)
      } catch (cause) {
        report(new ChatError('vendor', `${provider.name} events could not be wired: ${String(cause)}`, { cause }))
      }
      setStatus('ready')
      flush(current)
      emitter.emit('ready')
      settle()
    }
    if (provider.whenReady) {
      const stop = provider.whenReady(ctx, onReady)
      if (stop) current.cleanups.push(stop)
    }
    const script = insertScript(provider, ctx, src, options.nonce)
    current.script = script
    script.addEventListener('load', () => provider.whenReady || onReady())
    script.addEventListener('error', () => {
      if (!current.alive || current.script !== script) return
      clearTimeout(current.timer)
      script.remove()
      fail(new ChatError('load_failed', `The ${provider.name} script could not be loaded from ${src} (blocked by an ad blocker or a network error?).`))
    })
    current.timer = setTimeout(() => {
      if (current.alive && !current.ready) {
        fail(new ChatError('timeout', `${provider.name} was not ready ${options.timeout} ms after its script was added.`))
      }
    }, options.timeout)
  }

  /** Take the vendor out of the page. Calls not yet delivered stay queued for the next session. */
  function end() {
    const current = session
    session = undefined
    if (!current) return
    current.alive = false
    clearTimeout(current.timer)
    current.cleanups.forEach((cleanup) => cleanup())
    current.script?.remove()
    try {
      provider.teardown(current.ctx)
    } catch (cause) {
      report(new ChatError('vendor', `${provider.name} could not be removed cleanly: ${String(cause)}`, { cause }))
    }
    inPage.get(current.ctx.document)?.delete(provider.name)
    store.set({ open: false })
  }

  /** Wait for the strategy (or consent), or do nothing where there is no page. */
  function arm() {
    if (!win || destroyed || session) return
    if (!consent) return setStatus('waiting')
    if (wantsLoad) return begin()
    if (options.load === 'manual') return setStatus('idle')
    setStatus('waiting')
    cancelSchedule = scheduleLoad(options.load, win, options.target, begin)
  }

  function ready(): Promise<void> {
    const { status, error } = store.get()
    if (status === 'ready') return Promise.resolve()
    if (status === 'destroyed') return Promise.reject(new ChatError('destroyed', 'This chat was destroyed.'))
    if (status === 'error' && error) return Promise.reject(error)
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }))
  }

  function load(): Promise<void> {
    if (!win) return Promise.reject(new ChatError('unsupported', 'A chat cannot load outside a browser.'))
    wantsLoad = true
    const result = ready()
    begin()
    return result
  }

  // Start after the current task: a chat created and destroyed at once (React StrictMode) adds nothing.
  if (win) queueMicrotask(arm)
  if (options.visitor) perform('identify', options.visitor)

  const client: ChatClient<ApiOf<P>> = {
    provider: provider.name,
    getState: store.get,
    subscribe: store.subscribe,
    load,
    ready,
    open() {
      perform('open')
      if (win && !destroyed) load().catch(() => {})
    },
    close: () => perform('close'),
    toggle() {
      perform('toggle')
      if (win && !destroyed && !store.get().open) load().catch(() => {})
    },
    show: () => perform('show'),
    hide: () => perform('hide'),
    identify(visitor) {
      validateVisitor(visitor)
      perform('identify', visitor)
    },
    reset: () => perform('reset'),
    pageView(page = {}) {
      perform('pageView', page)
    },
    setConsent(granted) {
      if (destroyed || consent === granted) return
      consent = granted
      if (granted) return arm()
      cancelSchedule?.()
      end()
      setStatus('waiting')
    },
    on: (event, handler) => emitter.on(event, handler as (payload: unknown) => void),
    supports: (capability) => capabilities.has(capability),
    call(method, ...args) {
      deliver((ctx) => provider.call(ctx, [method, ...args]))
    },
    get(method, ...args) {
      if (!provider.get) {
        return Promise.reject(new ChatError('unsupported', `${provider.name} has no getters.`))
      }
      return ready().then(() => {
        const current = session
        if (!current?.ready) throw new ChatError('destroyed', 'This chat was taken down before the value could be read.')
        try {
          return provider.get!(current.ctx, method, args) as any
        } catch (cause) {
          const error = new ChatError('vendor', `${provider.name} threw reading ${method}: ${String(cause)}`, { cause })
          report(error)
          throw error
        }
      })
    },
    retry() {
      if (destroyed) return ready()
      const current = session
      if (!current) return load()
      if (current.ready) return Promise.resolve()
      // Keep the installed globals (and any vendor-side queue in them); swap only the script.
      current.cleanups.forEach((cleanup) => cleanup())
      current.cleanups = []
      current.script?.remove()
      current.script = undefined
      const result = new Promise<void>((resolve, reject) => waiters.push({ resolve, reject }))
      addScript(current)
      return result
    },
    destroy() {
      if (destroyed) return
      cancelSchedule?.()
      end()
      destroyed = true
      queue = []
      settle(new ChatError('destroyed', 'This chat was destroyed.'))
      setStatus('destroyed')
      emitter.clear()
    },
  }
  return client
}
