import {
  afterArrival,
  createAttempt,
  endAttempt,
  watchReady,
  type Attempt,
  type Holder,
} from './attempt'
import { ChatError, type LoadFailure } from './chatError'
import type { ChatClient } from './client'
import type { LazyProvider } from './builtins'
import { createCommandQueue, type Command } from './commandQueue'
import { followFallback } from './fallback'
import { loadFailure } from './loadFailure'
import type {
  AnyProvider,
  ApiOf,
  ProviderOperations,
  VendorCall,
  VendorWindow,
} from './defineProvider'
import { statusOf, transition, type Machine, type MachineEvent } from './machine'
import type { ResolvedOptions } from './options'
import { claim, orphan } from './orphanScripts'
import { createReadiness } from './readiness'
import type { Subscribable } from './subscribable'
import { removeVendorElements } from './takeOut'
import type { ChatState, LoadStrategy, SignedInVisitor, Unsubscribe } from './types'
import { watchVendorHead } from './vendorHead'
import { addScript, SCRIPT_MARK, scriptKey, VENDOR_REFERRER_POLICY } from './vendorScript'
import { preconnect } from './warmUp'
import { watchButton } from './vendorButton'

type Operation = keyof ProviderOperations

/**
 * What a chat's front (`front.ts`) hands its engine when it arrives, for the engine to carry on
 * from: the listeners subscribed so far, the state reported so far, what the provider can do, and
 * the load strategy, which the front armed early and which remembers whether it already fired.
 * The front has checked every argument of the calls it passes on.
 */
export interface Front {
  readonly events: Subscribable
  readonly state: ChatState
  readonly capabilities: ReadonlySet<string>
  /** Arm the chat's load strategy, or the one named (for a vendor that waits for the visitor). */
  schedule(start: () => void, load?: LoadStrategy): Unsubscribe
}

/**
 * The engine behind `createChat`, a chunk of its own: one provider, validated options, and the
 * chat's front, which the app already holds. Its lifecycle is one machine (`machine.ts`): every
 * change is an event through `dispatch`, which applies the transition and does what it asks.
 * `platform` is the browser it works in (`undefined` on the server).
 */
export function createClient<P extends AnyProvider>(
  options: Omit<ResolvedOptions<P>, 'provider'> & { provider: P | LazyProvider },
  platform: VendorWindow | undefined,
  front: Front,
): ChatClient<ApiOf<P>> {
  const win = platform
  const lazy = 'load' in options.provider ? options.provider : undefined
  // A built-in provider by name is its own chunk: asked for now, so it is there when the strategy fires.
  let provider = lazy ? undefined : (options.provider as AnyProvider)
  const arriving = lazy && win && lazy.load().then((loaded) => (provider = loaded))
  arriving?.catch(() => {})
  const { name } = options.provider
  const { events, capabilities } = front

  let machine: Machine<Attempt> = {
    phase: { name: 'idle' },
    consent: options.consent,
    asked: false,
    manual: options.load == 'manual',
  }
  let state = front.state
  const readiness = createReadiness()
  const queue = createCommandQueue((command, attempt) => safely(() => command(attempt), name))
  const warned = new Set<string>()
  // Why the widget is hidden (`app`, a route, …): it shows again only when no reason is left.
  const hiddenBy = new Set<string>()
  // The provider's settings now: `updateOptions` replaces them, and every install reads them.
  let settings: object = options.options ?? {}
  let cancelSchedule: Unsubscribe | undefined
  // The connection to the vendor's host opened while the page was idle, and the wait for that.
  let unhint: Unsubscribe | undefined
  let stopWarmUp: Unsubscribe | undefined
  let timer: number | undefined
  // A load that failed offline waits for the browser to be back online.
  let stopWaitingOnline: Unsubscribe | undefined

  /** The vendor install in the page, whatever the phase. */
  const current = () => ('attempt' in machine.phase ? machine.phase.attempt : undefined)

  /** Keep the same snapshot unless a field really changed. */
  function set(patch: Partial<ChatState>) {
    if ((Object.keys(patch) as Array<keyof ChatState>).some((key) => patch[key] !== state[key])) {
      events.emit('state', (state = { ...state, ...patch }))
    }
  }

  // Messages are for development (`false` in production builds, which say the code instead).
  const failure = (
    code: ChatError['code'],
    message: string | false,
    cause?: unknown,
    reason?: LoadFailure,
  ) => new ChatError(code, `${name}: ${message || code}`, { cause, reason })
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
    if (!events.has('error')) console.error(error)
    events.emit('error', error)
  }

  /** Run vendor code; an exception becomes an `'error'` event, never the app's problem. */
  function safely(run: () => unknown, what: string) {
    try {
      run()
    } catch (cause) {
      report(vendorError(what, cause))
    }
  }

  /** Every change of the lifecycle: the transition, the public state, then what it asks for. */
  function dispatch(event: MachineEvent<Attempt>) {
    const before = machine.phase
    const [next, effects] = transition(machine, event)
    machine = next
    const { phase } = next
    if (phase == before && !effects.length) return
    const status = statusOf(phase)
    // What a phase set up ends with it: the strategy's wait, the timeout.
    if (before.name == 'scheduled' && phase.name != 'scheduled') cancelSchedule?.()
    if (status != 'loading') win?.clearTimeout(timer)
    if (phase.name == 'destroyed' || phase.name == 'consent') {
      stopWarmUp?.()
      unhint?.()
    }
    const failed = phase.name == 'failed'
    // Failed offline: tried again once, when the browser says it is back online; no request before.
    if (phase != before) {
      stopWaitingOnline?.()
      if (failed && phase.error.reason == 'offline') {
        const retry = () => void load().catch(() => {})
        win!.addEventListener('online', retry, { once: true })
        stopWaitingOnline = () => win!.removeEventListener('online', retry)
      }
    }
    set({
      status,
      error: failed ? phase.error : null,
      fallback: failed && !!options.fallback,
    })
    for (const effect of effects) {
      if (effect == 'schedule') cancelSchedule = front.schedule(() => dispatch({ type: 'due' }))
      if (effect == 'timer') {
        win!.clearTimeout(timer)
        timer = win!.setTimeout(
          () =>
            dispatch({
              type: 'timeout',
              error: failure(
                'timeout',
                process.env.NODE_ENV != 'production' && `not ready within ${options.timeout} ms`,
              ),
            }),
          options.timeout,
        )
      }
      if (effect == 'install') install()
      if (effect == 'end' && 'attempt' in before && before.attempt) end(before.attempt)
      if (effect == 'started' && phase.name == 'ready') started(phase.attempt)
      if (effect == 'report' && phase.name == 'failed') report(phase.error)
      if (effect == 'settle')
        readiness.settle(
          phase.name == 'failed'
            ? phase.error
            : phase.name == 'destroyed'
              ? destroyed()
              : undefined,
        )
      if (effect == 'forget') forget()
    }
  }

  /** Install the vendor and add its script, unless something is in the way (then wait, or fail). */
  function install() {
    const vendor = provider
    if (!vendor) {
      arriving!.then(
        () => dispatch({ type: 'fetched' }),
        (cause) =>
          dispatch({
            type: 'failed',
            error: failure(
              'load_failed',
              process.env.NODE_ENV != 'production' &&
                `its provider module could not be loaded (${cause})`,
              cause,
            ),
          }),
      )
      return
    }
    const { document } = win!
    if (document.querySelector(`script[${SCRIPT_MARK}=${name}]`)) {
      return dispatch({
        type: 'failed',
        error: failure(
          'config',
          process.env.NODE_ENV != 'production' &&
            'another chat for this provider is in the page; destroy it first',
        ),
      })
    }
    // The script's address may depend on the provider's settings (Chaport's host).
    const script = { ...options, options: settings }
    // A script of a chat that is gone may still be downloading, or have run moments ago: take it
    // over, or let it run and be taken out before installing.
    const claimed = claim(vendor, document, scriptKey(vendor, script, document), settings)
    if (claimed instanceof Promise) return void claimed.then(() => dispatch({ type: 'fetched' }))
    const attempt = claimed
      ? Object.assign(claimed, { holder: holder(claimed) })
      : createAttempt(vendor, win!, options.token, holder)
    const { ctx } = attempt
    const ran = attempt.script?.arrived
    const arrival = (loaded: boolean, thrown?: unknown) => arrived(attempt, loaded, thrown)
    dispatch({ type: 'installed', attempt })
    try {
      if (!ran) {
        if (!claimed) removeVendorElements(vendor, document)
        watchVendorHead(vendor, ctx)
        vendor.install(ctx)
      }
      // How its settings make the widget start; the calls made so far then change it as they arrive.
      const start = vendor.startState?.(ctx)
      if (start?.visible === false) hiddenBy.add('vendor')
      if (start) set(start)
      // Its own button, once drawn (before it is ready, for some): a launcher that gives way
      // hands over then.
      if (vendor.button)
        attempt.cleanups.push(
          watchButton(document, vendor.button, () => {
            if (current() == attempt) set({ buttonShown: true })
          }),
        )
      queue.installed(attempt)
      if (ran) {
        arrival(true)
        if (attempt.started) attempt.holder.started()
      } else {
        watchReady(attempt)
        if (attempt.script) attempt.script.onArrival = arrival
        else attempt.script = addScript(vendor, ctx, script, arrival, machine.asked)
      }
    } catch (cause) {
      dispatch({ type: 'failed', error: vendorError('install', cause), attempt })
    }
  }

  /** How this chat hears the vendor of `attempt`, while that is the one in the page. */
  function holder(attempt: Attempt): Holder {
    return {
      settings: () => settings,
      heard(event, payload) {
        if (current() != attempt) return
        if (event == 'visible') {
          // The vendor showed (or hid) its widget by itself: that is the truth, whoever hid it.
          if (payload) hiddenBy.clear()
          return set({ visible: !!payload })
        }
        if (event == 'restarted') return restarted(attempt)
        if (event == 'open' || event == 'close') set({ open: event == 'open' })
        if (event == 'unread') set({ unread: payload as number })
        events.emit(event, payload)
      },
      started: () => dispatch({ type: 'started', attempt }),
    }
  }

  /** The current attempt's script has run (or could not be fetched). */
  function arrived(attempt: Attempt, loaded: boolean, thrown?: unknown) {
    const ours = () => current() == attempt && machine.phase.name != 'ready'
    if (!ours()) return
    if (thrown)
      return dispatch({ type: 'failed', attempt, error: vendorError('its script', thrown) })
    if (loaded)
      return afterArrival(
        attempt,
        (type, byCall) => dispatch({ type, attempt, byCall }),
        front.schedule,
      )
    const src = attempt.script!.key.split('\n')[0]!
    void loadFailure(win!, src, options.referrerPolicy ?? VENDOR_REFERRER_POLICY).then(
      (reason) =>
        ours() &&
        dispatch({
          type: 'failed',
          attempt,
          error: failure(
            'load_failed',
            process.env.NODE_ENV != 'production' && `its script could not be loaded (${reason})`,
            undefined,
            reason,
          ),
        }),
    )
  }

  /**
   * The vendor started afresh: it shows as its settings start it, and what the app or a route hid
   * is hidden again (the app's wish outlives the vendor's restart).
   */
  function restarted({ provider: vendor, ctx }: Attempt) {
    const start = vendor.startState?.(ctx)
    hiddenBy.delete('vendor')
    if (start?.visible === false) hiddenBy.add('vendor')
    set({ open: start?.open ?? false, visible: start?.visible ?? true })
    if (state.visible && hiddenBy.size) perform('hide')
  }

  /** The vendor is usable: its events are wired, it gets the calls it has not had, and the app hears. */
  function started(attempt: Attempt) {
    safely(() => attempt.cleanups.push(attempt.provider.listen?.(attempt.ctx)), 'listen')
    queue.ready(attempt)
    events.emit('ready')
  }

  /** Take the vendor out of the page: listeners, timers, globals, elements and script. */
  function end(attempt: Attempt) {
    const thrown = endAttempt(attempt)
    if (thrown) report(vendorError('teardown', thrown))
    const { script } = attempt
    // Chromium runs a script that is still downloading even once its element is gone.
    if (script && !script.arrived) orphan(attempt)
    else script?.remove()
    set({ open: false, buttonShown: state.buttonShown && false })
  }

  /**
   * Withdrawn consent also forgets what the vendor stored, once its provider is there (its chunk
   * may be on its way) and if consent is still withdrawn. The code that forgets is a chunk of its
   * own: a page pays for it only when a visitor withdraws.
   */
  function forget() {
    if (win)
      Promise.all([arriving ?? provider, import('./vendorStorage')]).then(
        ([vendor, { forgetVendorStorage }]) =>
          !machine.consent && forgetVendorStorage(vendor!, win),
        () => {},
      )
  }

  /**
   * Hand a command to the vendor if it can take it now; keep it until it is ready. A vendor that
   * waits for the app's own call takes calls now: its start method is one of them.
   */
  function deliver(command: Command) {
    const { phase } = machine
    if (phase.name != 'destroyed')
      queue.add(
        command,
        current(),
        phase.name == 'ready' || (phase.name == 'deferred' && !!phase.byCall),
      )
  }

  function perform(op: Operation, arg?: unknown) {
    if (capabilities.has(op)) {
      return deliver(({ provider: vendor, ctx }) => {
        // A vendor without a toggle of its own toggles from the open state it reported.
        const operation =
          op == 'toggle' && !vendor.operations.toggle ? (state.open ? 'close' : 'open') : op
        const map = vendor.operations[operation] as (ctx: unknown, arg?: unknown) => VendorCall[]
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
    events.emit('error', error)
  }

  /** The visitor's fields (checked by the front), and in development a word about those it cannot take. */
  function visitorFor(copy: SignedInVisitor, name: string) {
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

  function ready(): Promise<void> {
    const { phase } = machine
    if (phase.name == 'ready') return Promise.resolve()
    if (phase.name == 'destroyed') return Promise.reject(destroyed())
    if (phase.name == 'failed') return Promise.reject(phase.error)
    return readiness.wait()
  }

  /** `load()` and `retry()`; `intent` for `open()`, which does not load again after a failure. */
  function load(intent?: boolean): Promise<void> {
    if (!win) return Promise.reject(failure('unsupported', 'cannot load outside a browser'))
    const { phase } = machine
    // Still offline: no request that cannot be answered; the load is tried again once online.
    if (phase.name == 'failed' && phase.error.reason == 'offline' && !win.navigator.onLine)
      return Promise.reject(phase.error)
    const script = current()?.script
    dispatch({ type: 'load', intent, inFlight: script && !script.arrived })
    return ready()
  }

  /**
   * Once the page is idle, while the vendor waits for the visitor (or the app) with consent: a
   * connection to its script's host, so that the script comes as fast as the network allows. A
   * provider by name whose chunk is still on its way (a busy page goes idle first) says its
   * script's address once it is here.
   */
  function warmUp() {
    const vendor = provider
    if (!vendor) return void arriving?.then(warmUp, () => {})
    const { phase } = machine
    if (machine.consent && (phase.name == 'scheduled' || phase.name == 'idle'))
      safely(() => {
        const url = scriptKey(vendor, { ...options, options: settings }, win!.document)
        unhint = preconnect(win!.document, url.split('\n')[0]!, options.nonce)
      }, 'scriptUrl')
  }

  // Start after the current task: a chat created and destroyed at once (React StrictMode) adds nothing.
  if (win) {
    queueMicrotask(() => dispatch({ type: 'arm' }))
    // `eager` and `idle` load the script itself by then.
    if (options.load != 'eager' && options.load != 'idle')
      stopWarmUp = front.schedule(warmUp, 'idle')
  }
  if (options.visitor) perform('identify', visitorFor(options.visitor, 'visitor'))
  if (options.user) perform('signIn', visitorFor(options.user, 'user'))

  /**
   * Opening is intent: it loads in every strategy. Not after a failure: a blocked script stays
   * blocked, and asking again is `retry()`'s (or `load()`'s) to decide, not every click's.
   */
  // Its failure is already reported (an `error` event, the state); nobody awaits an open().
  const intent = () => void load(true).catch(() => {})

  /** After a failure, the visitor's own gesture takes them to the fallback, if the chat has one. */
  function toFallback(): boolean {
    const { phase } = machine
    return (
      phase.name == 'failed' &&
      !!options.fallback &&
      followFallback(win!, options.fallback, phase.error)
    )
  }

  const client: ChatClient<ApiOf<P>> = {
    provider: name,
    getState: () => state,
    subscribe: (listener) => events.on('state', listener),
    load: () => load(),
    ready,
    open() {
      if (toFallback()) return
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
      if (capabilities.has('updateOptions')) settings = next
      perform('updateOptions', next)
    },
    pageView: (page = {}) => perform('pageView', page),
    setConsent: (granted) => dispatch({ type: 'consent', granted }),
    on: events.on,
    supports: (capability) => capabilities.has(capability),
    call(method, ...args) {
      deliver(({ provider: vendor, ctx }) => vendor.call(ctx, [method, ...args]))
    },
    get(method, ...args) {
      return ready().then((): Promise<never> | never => {
        const attempt = current()
        // No longer ready (consent withdrawn meanwhile): once it is again.
        if (!attempt) return client.get(method, ...args) as Promise<never>
        const { provider: vendor, ctx } = attempt
        if (!vendor.get) throw failure('unsupported', 'cannot get')
        try {
          return vendor.get(ctx, method, args) as never
        } catch (cause) {
          throw vendorError(method, cause)
        }
      })
    },
    retry: () => load(),
    destroy() {
      if (machine.phase.name == 'destroyed') return
      queue.clear()
      dispatch({ type: 'destroy' })
      events.clear()
    },
  }
  return client
}
