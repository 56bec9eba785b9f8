import { ChatError } from './chatError'
import type { ChatClient } from './client'
import type { LazyProvider } from './builtins'
import type {
  AnyProvider,
  ApiOf,
  ProviderContext,
  ProviderOperations,
  VendorCall,
  VendorWindow,
} from './defineProvider'
import type { ResolvedOptions } from './options'
import { claim, orphan } from './orphanScripts'
import { scheduleLoad } from './strategies'
import { removeVendorElements, takeOut } from './takeOut'
import { watchVendorHead } from './vendorHead'
import type { ChatState, SignedInVisitor, Unsubscribe } from './types'
import { invalid, plainCopy, validateVisitor } from './validateOptions'
import { addScript, SCRIPT_MARK, scriptKey, type VendorScript } from './vendorScript'

type Operation = keyof ProviderOperations
type Command = (ctx: ProviderContext) => void

/** The vendor installed in the page now: from its globals to its teardown. */
interface Attempt {
  readonly ctx: ProviderContext
  script?: VendorScript
  /** What undoes it besides the vendor itself: its timers and listeners. */
  readonly cleanups: Array<Unsubscribe | void>
}

/** How often a vendor without a ready signal is checked for its API, once its script has run. */
const STARTED_POLL = 100

/**
 * The engine behind `createChat`: one provider, validated options. Its lifecycle is the state's
 * `status` (idle, waiting, loading, ready, error, destroyed) plus the one `attempt` in the page;
 * every entry point consults those two, and nothing else says where the chat stands.
 */
export function createClient<P extends AnyProvider>(
  options: Omit<ResolvedOptions<P>, 'provider'> & { provider: P | LazyProvider },
): ChatClient<ApiOf<P>> {
  const win = typeof window < 'u' ? (window as VendorWindow) : undefined
  const lazy = 'load' in options.provider ? options.provider : undefined
  // A built-in provider by name is its own chunk: asked for now, so it is there when the strategy fires.
  let provider = lazy ? undefined : (options.provider as AnyProvider)
  const arriving = lazy && win && lazy.load().then((loaded) => (provider = loaded))
  arriving?.catch(() => {})
  const { name } = options.provider
  const capabilities = new Set<string>(
    lazy
      ? lazy.capabilities
      : [...(provider!.capabilities ?? []), ...Object.keys(provider!.operations)],
  )
  // A vendor that reports open and close lets us toggle from what we know.
  if (capabilities.has('open') && capabilities.has('close') && capabilities.has('events.open'))
    capabilities.add('toggle')

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
  // Why the widget is hidden (`app`, a route, …): it shows again only when no reason is left.
  const hiddenBy = new Set<string>()
  let consent = options.consent
  // The provider's settings now: `updateOptions` replaces them, and every install reads them.
  let settings: object = options.options ?? {}
  let wantsLoad = false
  // Calls the vendor has not taken as a ready vendor yet, in order. Where the vendor has its own
  // queue they are handed to it at once too, and handed again to a freshly installed vendor.
  let queue: Command[] = []
  let attempt: Attempt | undefined
  let cancelSchedule: Unsubscribe | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let waiting: Promise<void> | undefined
  let settleWaiting: (error?: ChatError) => void

  const is = (status: ChatState['status']) => state.status == status

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

  /** Where the chat stands now: every status change goes through here, and clears or sets the error. */
  const phase = (status: ChatState['status'], error: ChatError | null = null) =>
    set({ status, error })

  // Messages are for development (`false` in production builds, which say the code instead).
  const failure = (code: ChatError['code'], message: string | false, cause?: unknown) =>
    new ChatError(code, `${name}: ${message || code}`, { cause })
  const destroyed = () =>
    failure('destroyed', process.env.NODE_ENV != 'production' && 'this chat was destroyed')
  const vendorError = (what: string, cause: unknown) =>
    cause instanceof ChatError
      ? cause
      : failure(
          'vendor',
          `${what} threw` + (process.env.NODE_ENV != 'production' ? `: ${cause}` : ''),
          cause,
        )

  function report(error: ChatError) {
    // Never silent: with nobody listening, say it on the console.
    if (![...subscriptions].some(([event]) => event == 'error')) console.error(error)
    emit('error', error)
  }

  /** Run vendor code; an exception becomes an `'error'` event, never the app's problem. */
  function safely(run: () => unknown, what: string) {
    try {
      run()
    } catch (cause) {
      report(vendorError(what, cause))
    }
  }

  function settle(error?: ChatError) {
    if (waiting) settleWaiting(error)
    waiting = undefined
  }

  /** Loading has (re)started: the vendor has `timeout` ms to become ready. */
  function loading() {
    phase('loading')
    clearTimeout(timer)
    timer = setTimeout(
      () =>
        is('loading') &&
        fail(
          failure(
            'timeout',
            process.env.NODE_ENV != 'production' && `not ready within ${options.timeout} ms`,
          ),
        ),
      options.timeout,
    )
  }

  function fail(error: ChatError) {
    clearTimeout(timer)
    phase('error', error)
    report(error)
    settle(error)
  }

  /** Hand a command to the vendor if it can take it now (ready, or its own queue installed); keep it until it is ready. */
  function deliver(command: Command) {
    if (is('destroyed')) return
    const ready = is('ready')
    if (attempt && (ready || provider!.vendorQueue)) safely(() => command(attempt!.ctx), name)
    if (!ready) queue.push(command)
  }

  function perform(op: Operation, arg?: unknown) {
    if (capabilities.has(op)) {
      return deliver((ctx) => {
        const vendor = provider!
        // A vendor without a toggle of its own toggles from the open state it reported.
        const operation =
          op == 'toggle' && !vendor.operations.toggle ? (state.open ? 'close' : 'open') : op
        const map = vendor.operations[operation] as (
          ctx: ProviderContext,
          arg?: unknown,
        ) => VendorCall[]
        for (const call of map(ctx, arg)) vendor.call(ctx, call)
        // Vendors do not report visibility; open and close only where `events.*` say they do.
        if (operation == 'show' || operation == 'hide') set({ visible: operation == 'show' })
        if (
          (operation == 'open' || operation == 'close') &&
          !capabilities.has('events.' + operation)
        )
          set({ open: operation == 'open' })
      })
    }
    const error = failure('unsupported', 'cannot ' + op)
    if (process.env.NODE_ENV != 'production' && !warned.has(op)) {
      warned.add(op)
      console.warn(error.message)
    }
    emit('error', error)
  }

  /** The visitor's fields for the vendor, and in development a word about those it cannot take. */
  function visitorFor(visitor: unknown, name: string) {
    const copy = plainCopy(visitor, name) as SignedInVisitor
    validateVisitor(copy, name)
    if (process.env.NODE_ENV != 'production' && capabilities.has('identify')) {
      for (const field of ['avatar', 'custom'] as const) {
        if (
          copy[field] !== undefined &&
          !capabilities.has(`identify.${field}`) &&
          !warned.has(field)
        ) {
          warned.add(field)
          console.warn(
            `[chatmount] ${options.provider.name} cannot take ${name}.${field}: it is not sent.`,
          )
        }
      }
    }
    return copy
  }

  function setHidden(reason: string, hidden: boolean) {
    if (hidden) hiddenBy.add(reason)
    else hiddenBy.delete(reason)
    if (hidden || !hiddenBy.size) perform(hidden ? 'hide' : 'show')
  }

  /** The strategy (or `load()`) said go: install the vendor and add its script, unless something is in the way. */
  function begin() {
    cancelSchedule?.()
    if (!win || attempt || !consent || is('destroyed')) return
    const { document } = win
    if (document.querySelector(`script[${SCRIPT_MARK}=${name}]`)) {
      return fail(
        failure(
          'config',
          process.env.NODE_ENV != 'production' &&
            'another chat for this provider is in the page; destroy it first',
        ),
      )
    }
    loading()
    const arrival = (loaded: boolean, thrown?: unknown) => arrived(current, loaded, thrown)
    // The script's address may depend on the provider's settings (Chaport's host).
    const script = { ...options, options: settings }
    // First the provider's own chunk; then a script of a chat that is gone may still be downloading:
    // adopt it, or let it run and be taken out before installing.
    const claimed = provider
      ? claim(provider, document, scriptKey(provider, script, document), arrival)
      : arriving!.catch((cause) => {
          throw failure(
            'load_failed',
            process.env.NODE_ENV != 'production' &&
              `its provider module could not be loaded (${cause})`,
            cause,
          )
        })
    if (claimed instanceof Promise) {
      claimed.then(
        () => is('loading') && begin(),
        (error) => is('loading') && fail(error),
      )
      return
    }
    const ctx: ProviderContext = {
      window: win,
      document,
      token: options.token,
      get options() {
        return settings
      },
      emit(event, payload) {
        if (attempt?.ctx != ctx) return
        if (event == 'visible') {
          // The vendor showed (or hid) its widget by itself: that is the truth, whoever hid it.
          if (payload) hiddenBy.clear()
          return set({ visible: !!payload })
        }
        if (event == 'restarted') return restarted(ctx)
        if (event == 'open' || event == 'close') set({ open: event == 'open' })
        if (event == 'unread') set({ unread: payload as number })
        emit(event, payload)
      },
    }
    const current: Attempt = (attempt = { ctx, cleanups: [], script: claimed })
    if (!claimed) removeVendorElements(provider!, document)
    watchVendorHead(provider!, ctx)
    try {
      provider!.install(ctx)
      // How its settings make the widget start; the calls made so far then change it as they arrive.
      const start = provider!.startState?.(ctx)
      if (start?.visible === false) hiddenBy.add('vendor')
      if (start) set(start)
      if (provider!.vendorQueue) queue.forEach((command) => safely(() => command(ctx), name))
      if (provider!.whenReady)
        current.cleanups.push(provider!.whenReady(ctx, () => started(current)))
      current.script ||= addScript(provider!, ctx, script, arrival)
    } catch (cause) {
      end()
      fail(vendorError('install', cause))
    }
  }

  /**
   * The vendor started afresh: it shows as its settings start it, and what the app or a route hid
   * is hidden again (the app's wish outlives the vendor's restart).
   */
  function restarted(ctx: ProviderContext) {
    const start = provider!.startState?.(ctx)
    hiddenBy.delete('vendor')
    if (start?.visible === false) hiddenBy.add('vendor')
    set({ open: start?.open ?? false, visible: start?.visible ?? true })
    if (state.visible && hiddenBy.size) perform('hide')
  }

  /** The current attempt's script has run (or could not be fetched). */
  function arrived(current: Attempt, loaded: boolean, thrown?: unknown) {
    if (current != attempt || is('ready')) return
    if (!loaded || thrown) {
      end()
      return fail(
        loaded
          ? vendorError('its script', thrown)
          : failure(
              'load_failed',
              process.env.NODE_ENV != 'production' &&
                'the script could not be loaded (blocked or offline?)',
            ),
      )
    }
    const vendor = provider!
    const later = vendor.deferredStart?.(current.ctx)
    if (later !== undefined) {
      // Nothing is wrong: the vendor waits on purpose (for the visitor, the app, or a while).
      clearTimeout(timer)
      phase('waiting')
      const resume = () => is('waiting') && attempt == current && loading()
      if (later == 'interaction')
        current.cleanups.push(scheduleLoad('interaction', win!, undefined, resume))
      if (typeof later == 'number') {
        const wait = setTimeout(resume, later)
        current.cleanups.push(() => clearTimeout(wait))
      }
    }
    if (vendor.whenReady) return
    // Without a ready signal, ready means the vendor's own API is there.
    const check = () =>
      (vendor.hasStarted?.(current.ctx) ?? true) && (clearInterval(poll), started(current))
    const poll = setInterval(check, STARTED_POLL)
    current.cleanups.push(() => clearInterval(poll))
    check()
  }

  /** The vendor is usable. */
  function started(current: Attempt) {
    if (current != attempt || is('ready')) return
    clearTimeout(timer)
    safely(() => current.cleanups.push(provider!.listen?.(current.ctx)), 'listen')
    phase('ready')
    const commands = queue
    queue = []
    if (!provider!.vendorQueue) commands.forEach(deliver)
    emit('ready')
    settle()
  }

  /** Take the vendor out of the page: listeners, timers, script, globals and elements. */
  function end() {
    const current = attempt
    if (!current) return
    attempt = undefined
    current.cleanups.splice(0).forEach((cleanup) => cleanup?.())
    const thrown = takeOut(provider!, current.ctx)
    if (thrown) report(vendorError('teardown', thrown))
    const { script } = current
    // Chromium runs a script that is still downloading even once its element is gone.
    if (script && !script.arrived) orphan(provider!, script, current.ctx)
    else script?.remove()
    set({ open: false })
  }

  /** Wait for consent and the strategy; where there is no page, do nothing. */
  function arm() {
    // After a failure only `retry()` (or `load()`) starts again.
    if (!win || attempt || state.error || is('destroyed') || is('loading')) return
    if (!consent) return phase('waiting')
    if (wantsLoad) return begin()
    phase(options.load == 'manual' ? 'idle' : 'waiting')
    cancelSchedule = scheduleLoad(options.load, win, options.target, begin)
  }

  function ready(): Promise<void> {
    const { error } = state
    if (is('ready')) return Promise.resolve()
    if (is('destroyed')) return Promise.reject(destroyed())
    if (error) return Promise.reject(error)
    return (waiting ||= new Promise(
      (resolve, reject) => (settleWaiting = (error) => (error ? reject(error) : resolve())),
    ))
  }

  function start(): Promise<void> {
    if (!win) return Promise.reject(failure('unsupported', 'cannot load outside a browser'))
    wantsLoad = true
    begin()
    return ready()
  }

  /**
   * Opening is intent: it loads in every strategy. Not after a failure: a blocked script stays
   * blocked, and asking again is `retry()`'s (or `load()`'s) to decide, not every click's.
   */
  const intent = () => {
    // Its failure is already reported (an `error` event, the state); nobody awaits an open().
    if (win && !is('destroyed') && !state.error) start().catch(() => {})
  }

  /** No more loading for now: the strategy, the vendor and the timer go. */
  function stop() {
    cancelSchedule?.()
    end()
    clearTimeout(timer)
  }

  // Start after the current task: a chat created and destroyed at once (React StrictMode) adds nothing.
  if (win) queueMicrotask(arm)
  if (options.visitor) perform('identify', visitorFor(options.visitor, 'visitor'))
  if (options.user) perform('signIn', visitorFor(options.user, 'user'))

  const client: ChatClient<ApiOf<P>> = {
    provider: name,
    getState: () => state,
    subscribe: (listener) => client.on('state', listener),
    load: start,
    ready,
    open() {
      perform('open')
      intent()
    },
    close: () => perform('close'),
    toggle() {
      const opening = !state.open
      perform('toggle')
      if (opening) intent()
    },
    show() {
      // The app asks for it: its own reason and the vendor's start-hidden setting both go.
      hiddenBy.delete('vendor')
      setHidden('app', false)
    },
    hide: () => setHidden('app', true),
    setHidden,
    identify: (visitor) => perform('identify', visitorFor(visitor, 'visitor')),
    signIn: (visitor) => perform('signIn', visitorFor(visitor, 'user')),
    reset: () => perform('reset'),
    updateOptions(next) {
      const copy = plainCopy(next, 'options')
      if (!copy || typeof copy != 'object')
        throw invalid('options', copy, process.env.NODE_ENV != 'production' && 'an object')
      if (capabilities.has('updateOptions')) settings = copy
      perform('updateOptions', copy)
    },
    pageView: (page = {}) => perform('pageView', page),
    setConsent(granted) {
      if (is('destroyed') || consent == granted) return
      consent = granted
      if (granted) return arm()
      stop()
      phase('waiting')
      // Withdrawn consent also forgets what the vendor stored, once its provider is there (its
      // chunk may be on its way) and if consent is still withdrawn. The code that forgets is a
      // chunk of its own: a page pays for it only when a visitor withdraws.
      if (win)
        Promise.all([arriving ?? provider, import('./vendorStorage')]).then(
          ([vendor, { forgetVendorStorage }]) => !consent && forgetVendorStorage(vendor!, win),
          () => {},
        )
    },
    on(event, handler) {
      const subscription: [string, (payload: any) => void] = [event, handler]
      subscriptions.add(subscription)
      return () => subscriptions.delete(subscription)
    },
    supports: (capability) => capabilities.has(capability),
    call(method, ...args) {
      deliver((ctx) => provider!.call(ctx, [method, ...args]))
    },
    get(method, ...args) {
      return ready().then(() => {
        const vendor = provider!
        if (!vendor.get) throw failure('unsupported', 'cannot get')
        try {
          return vendor.get(attempt!.ctx, method, args) as never
        } catch (cause) {
          throw vendorError(method, cause)
        }
      })
    },
    retry() {
      if (is('destroyed')) return Promise.reject(destroyed())
      const script = attempt?.script
      if (script && !script.arrived) {
        // Still downloading (it timed out): a second request would share its response and run the
        // vendor twice. Wait for this one a while longer.
        if (state.error) loading()
        return ready()
      }
      // From a clean, freshly installed vendor: the kept calls are handed to it once.
      if (state.error) end()
      return start()
    },
    destroy() {
      if (is('destroyed')) return
      stop()
      queue = []
      phase('destroyed')
      settle(destroyed())
      subscriptions.clear()
    },
  }
  return client
}
