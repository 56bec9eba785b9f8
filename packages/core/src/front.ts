import type { LazyProvider } from './builtins'
import { capabilitiesOf, initialStateOf } from './capabilities'
import { ChatError } from './chatError'
import type { ChatClient } from './client'
import { answering, returningNothing } from './clientMethods'
import type { AnyProvider, ApiOf, VendorWindow } from './defineProvider'
import type { ResolvedOptions } from './options'
import { scheduleLoad } from './strategies'
import { createSubscribable } from './subscribable'
import type { ChatState, LoadStrategy } from './types'
import { settingsCopy, visitorCopy } from './validateOptions'

type Engine = typeof import('./createClient')
type Client = ChatClient<any>
/** A call kept until the engine is here: made on it, or told that it never came. */
type Kept = (engine: Client | ChatError) => void

/**
 * The chat `createChat` returns: small, because the engine that loads the vendor (`createClient`)
 * is a chunk of its own, asked for at once beside the provider's chunk. Until it is here the front
 * holds the state, the listeners and the calls (in order), and runs the load strategy, so that
 * nothing the visitor or the app does in the meantime is lost; then every call goes to the engine.
 */
export function createFront<P extends AnyProvider>(
  options: Omit<ResolvedOptions<P>, 'provider'> & { provider: P | LazyProvider },
  platform: VendorWindow | undefined = typeof window < 'u' ? (window as VendorWindow) : undefined,
  engine: () => Promise<Engine> = () => import('./createClient'),
): ChatClient<ApiOf<P>> {
  const { provider } = options
  const capabilities = capabilitiesOf(provider)
  const events = createSubscribable()
  let state: ChatState = initialStateOf(capabilities)
  let client: Client | undefined
  let consent = options.consent
  const kept: Kept[] = []
  // The strategy armed before the engine is here: whether it fired, and who hears it when it does.
  let fired: boolean | undefined
  let onDue: (() => void) | undefined
  let disarm = () => {}
  // The engine was lost offline while a load was asked for: it loads once the browser is online.
  let loadOnline = false

  const set = (patch: Partial<ChatState>) => events.emit('state', (state = { ...state, ...patch }))

  /** The engine's first `schedule` takes over the strategy armed here; a later one arms afresh. */
  function schedule(start: () => void, load?: LoadStrategy) {
    if (load || fired == undefined)
      return scheduleLoad(load ?? options.load, platform!, options.target, start)
    if (fired) queueMicrotask(() => onDue?.())
    fired = undefined
    onDue = start
    return () => {
      onDue = undefined
      disarm()
    }
  }

  function fetchEngine() {
    engine().then(
      ({ createClient }) => {
        if (client) return
        client = createClient(options, platform, { events, state, capabilities, schedule })
        // Destroyed while it was on its way: it hears nothing but the calls' answers.
        if (state.status == 'destroyed') client.destroy()
        kept.splice(0).forEach((call) => call(client!))
        // Back online after a load was asked for: the load, as the engine retries its own.
        if (loadOnline) client.load().catch(() => {})
      },
      (cause) => {
        const offline = platform?.navigator.onLine === false
        // What was asked for before it failed (the status says loading) is done once online.
        loadOnline ||= offline && state.status == 'loading'
        const error = new ChatError(
          'load_failed',
          `${provider.name}: ` +
            (process.env.NODE_ENV != 'production'
              ? `chatmount's engine could not be loaded (${cause})`
              : 'load_failed'),
          { cause, reason: offline ? 'offline' : undefined },
        )
        if (state.status != 'destroyed') {
          // Offline: asked for again once the browser is back online.
          if (offline)
            platform!.addEventListener(
              'online',
              () => client || state.status == 'destroyed' || fetchEngine(),
              { once: true },
            )
          set({ status: 'error', error, fallback: !!options.fallback })
          // Never silent: with nobody listening, say it on the console.
          if (!events.has('error')) console.error(error)
          events.emit('error', error)
        }
        kept.splice(0).forEach((call) => call(error))
      },
    )
  }

  const front: Record<string, unknown> = {
    provider: provider.name,
    getState: () => client?.getState() ?? state,
    subscribe: (listener: () => void) => events.on('state', listener),
    on: events.on,
    supports: (capability: string) => capabilities.has(capability),
    destroy() {
      if (client) return client.destroy()
      if (state.status == 'destroyed') return
      disarm()
      set({ status: 'destroyed' })
      events.clear()
    },
  }
  for (const method of [...answering, ...returningNothing]) {
    front[method] = (...args: unknown[]) => {
      // What would throw on the engine throws now: a bad visitor or settings is the caller's error.
      if (method == 'identify' || method == 'signIn')
        args[0] = visitorCopy(args[0], method == 'signIn' ? 'user' : 'visitor')
      if (method == 'updateOptions') args[0] = settingsCopy(args[0])
      const run = (engine: Client) =>
        (engine[method as keyof Client] as (...args: unknown[]) => unknown)(...args)
      if (client) return run(client)
      const loading = method == 'load' || method == 'retry'
      const failed = state.status == 'error'
      // The visitor's gesture after the engine failed: the fallback, as the engine would (its code
      // is a chunk of its own: a page that never fails never fetches it).
      if (method == 'open' && state.fallback) {
        const { error } = state
        return void import('./fallback').then(
          ({ followFallback }) => followFallback(platform!, options.fallback!, error!),
          () => {},
        )
      }
      // After its engine failed to arrive, asking to load asks for the engine again (once: the
      // chat says it is loading from here on). Still offline: no request that cannot be answered,
      // the same error, and the load once the browser is back online.
      if (loading && failed && state.error?.reason == 'offline' && !platform!.navigator.onLine) {
        loadOnline = true
        return Promise.reject(state.error)
      }
      if (loading && failed) fetchEngine()
      // What the engine says at once, said now (a launcher shows it): asked for with consent, the
      // vendor is loading; consent withdrawn, it waits, and the strategy armed early does not count.
      // On the server nothing ever loads.
      if (method == 'setConsent') consent = !!args[0]
      if (!consent) {
        disarm()
        fired = undefined
      }
      const asked = loading || ((method == 'open' || method == 'toggle') && !failed)
      const status = !consent ? 'waiting' : asked ? 'loading' : state.status
      if (platform && state.status != 'destroyed' && status != state.status)
        set({ status, error: null, fallback: false })
      if ((answering as readonly string[]).includes(method))
        return new Promise((resolve, reject) =>
          kept.push((engine) =>
            engine instanceof ChatError ? reject(engine) : resolve(run(engine)),
          ),
        )
      kept.push((engine) => engine instanceof ChatError || run(engine))
    }
  }

  fetchEngine()
  if (platform) {
    // A built-in provider's own chunk, asked for now beside the engine's.
    if ('load' in provider) provider.load().catch(() => {})
    // After the creating task, as the engine would: a chat created and destroyed at once (React
    // StrictMode) arms nothing. The strategy runs from now on, so that an interaction while the
    // engine is on its way still counts.
    queueMicrotask(() => {
      if (client || state.status == 'destroyed') return
      // Consent as it is now: withdrawn in the creating task, nothing is armed.
      if (consent && options.load != 'manual') {
        fired = false
        disarm = scheduleLoad(options.load, platform, options.target, () => {
          fired = true
          onDue?.()
        })
      }
      if (!consent || options.load != 'manual') set({ status: 'waiting' })
    })
  }
  return front as unknown as ChatClient<ApiOf<P>>
}
