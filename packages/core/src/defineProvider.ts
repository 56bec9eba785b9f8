import type {
  Capability,
  ChatState,
  PageView,
  SignedInVisitor,
  Unsubscribe,
  Visitor,
} from './types'

/** A window that vendor globals can be read from and written to. */
export type VendorWindow = Window & typeof globalThis & Record<string, any>

/**
 * The typed surface of one vendor: its provider options and the native methods, getters and
 * events that `call`, `get` and `on` accept.
 */
export interface ProviderApi {
  options: object
  methods: { [method: string]: (...args: any[]) => unknown }
  getters: { [method: string]: (...args: any[]) => unknown }
  events: { [event: string]: unknown }
}

/** One vendor call: the method name and its arguments. */
export type VendorCall = readonly [method: string, ...args: unknown[]]

/** Handed to every provider hook; one per load, so a torn-down load can no longer emit. */
export interface ProviderContext<Options = object> {
  readonly window: VendorWindow
  readonly document: Document
  readonly token: string
  readonly options: Options
  /**
   * Report an event: a unified one (`open`, `close`, `message`, `unread`) or a vendor-native one.
   * `'visible'` with a boolean reports that the widget showed or hid itself, and `'restarted'` that
   * the vendor started afresh (a Chatra restart): its state is again what `startState` says, closed
   * otherwise, and the widget is hidden again where the app or a route hid it. Neither is an event
   * for the app.
   */
  emit(event: string, payload?: unknown): void
}

/** How each unified operation maps to vendor calls. Missing means unsupported. */
export interface ProviderOperations<Options = object> {
  open?(ctx: ProviderContext<Options>): VendorCall[]
  close?(ctx: ProviderContext<Options>): VendorCall[]
  toggle?(ctx: ProviderContext<Options>): VendorCall[]
  show?(ctx: ProviderContext<Options>): VendorCall[]
  hide?(ctx: ProviderContext<Options>): VendorCall[]
  identify?(ctx: ProviderContext<Options>, visitor: Visitor): VendorCall[]
  reset?(ctx: ProviderContext<Options>): VendorCall[]
  pageView?(ctx: ProviderContext<Options>, page: PageView): VendorCall[]
  /** A signed-in visitor, through the vendor's documented mechanism, with their fields. */
  signIn?(ctx: ProviderContext<Options>, visitor: SignedInVisitor): VendorCall[]
  /** Apply provider settings at run time, the vendor's documented way, keeping chatmount's hooks. */
  updateOptions?(ctx: ProviderContext<Options>, options: Options): VendorCall[]
}

export interface ProviderDefinition<Api extends ProviderApi = ProviderApi> {
  /** A short lowercase name, used on the script element and in messages. */
  readonly name: string
  /**
   * The shape of a `token`, as a pattern and in words for the message. A token that could break out
   * of a URL, an attribute or a script, or that is clearly unset, is always refused. Beyond that,
   * a token that does not match `pattern` is refused too, unless `strict` is `false` (a format the
   * vendor does not document): then it is accepted with a warning in development.
   */
  readonly token: { readonly pattern: RegExp; readonly expected: string; readonly strict?: boolean }
  /** The vendor's own script URL for a (validated) token and this install's settings. */
  scriptUrl(token: string, options: Api['options']): string
  /**
   * The vendor's own page where a visitor can chat without the widget, for a (validated) token: a
   * chat's `fallback` unless the app gives one.
   */
  hostedPage?(token: string): string
  /** Where the script element goes. Default: appended to `<head>`. */
  readonly insert?: 'head' | 'before-first-script'
  /** Shape the script element beyond src, async and nonce (an id, text the vendor reads). */
  prepareScript?(script: HTMLScriptElement, ctx: ProviderContext<Api['options']>): void
  /** Set the globals the vendor reads. Runs right before the script is added. */
  install(ctx: ProviderContext<Api['options']>): void
  /**
   * True where the install leaves a vendor-side queue (a stub the real script drains): calls are
   * handed to it as soon as it is installed instead of being held until ready.
   */
  readonly vendorQueue?: boolean
  /**
   * Call `done` when the vendor is usable; return a cleanup. Set up before the script is added.
   * Without it, the vendor is ready once its script has run and `hasStarted` holds.
   */
  whenReady?(ctx: ProviderContext<Api['options']>, done: () => void): Unsubscribe | void
  /**
   * For vendors without a ready signal: whether the vendor's own API is there (its script may have
   * thrown, or start later). Checked when the script has run, then every 100 ms until the timeout.
   * Without it, the script's load event means ready.
   */
  hasStarted?(ctx: ProviderContext<Api['options']>): boolean
  /**
   * How this install's documented settings make the widget start, where the vendor does not report
   * it: hidden (`{ visible: false }`), or already open. Applied when the vendor is installed; calls
   * made before it then change it as they reach the vendor.
   */
  startState?(
    ctx: ProviderContext<Api['options']>,
  ): Partial<Pick<ChatState, 'open' | 'visible'>> | undefined
  /**
   * A documented setting that makes the vendor start later on purpose: `'interaction'` (it starts on
   * the visitor's first interaction), `'call'` (when the page makes it: the app calls its start
   * method, or fires the event it waits for), or a number of ms (it starts by itself within that
   * long). Once the script has run the chat is `waiting`, with no timeout: for `'interaction'` the
   * timeout starts with that interaction, for a number once that time is over, and for `'call'` the
   * vendor's ready signal is awaited as long as it takes.
   */
  deferredStart?(ctx: ProviderContext<Api['options']>): 'interaction' | 'call' | number | undefined
  /** Wire the vendor's events to `ctx.emit` once it is ready; return a cleanup if it can. */
  listen?(ctx: ProviderContext<Api['options']>): Unsubscribe | void
  readonly operations: ProviderOperations<Api['options']>
  /** Capabilities beyond the operations above (`unread`, `events.*`). */
  readonly capabilities?: readonly Capability[]
  /**
   * A CSS selector for the vendor's own button (its launcher): once the vendor is ready, the chat
   * is `buttonShown` when an element it matches is drawn (not `display: none`, not hidden), and a
   * launcher that gives way hands over then. Gives the capability `button`.
   */
  readonly button?: string
  /** Run one vendor-native method. */
  call(ctx: ProviderContext<Api['options']>, call: VendorCall): unknown
  /** Read a vendor-native value. Only called once the vendor is ready. */
  get?(ctx: ProviderContext<Api['options']>, method: string, args: unknown[]): unknown
  /** The globals the install and the vendor leave on `window`; deleted on teardown. */
  readonly globals?: readonly string[]
  /**
   * What the vendor stores in the browser: localStorage and sessionStorage keys and cookie names,
   * exact or as a prefix (`'onwbcht*'`). Removed when consent is withdrawn (never on `destroy()`,
   * so a remount keeps the visitor's conversation).
   */
  readonly storage?: {
    readonly local?: readonly string[]
    readonly session?: readonly string[]
    readonly cookies?: readonly string[]
  }
  /**
   * A selector for the elements the vendor renders; removed on teardown (and before a new install),
   * with the `<style>`, `<meta>` and `<link>` its script added to `<head>` in the same run.
   */
  readonly elements?: string
  /** Anything else teardown needs (a vendor's own kill switch), run before globals and elements go. */
  teardown?(ctx: ProviderContext<Api['options']>): void
  /** Type-only: carries `Api` to `createChat`, `call`, `get` and `on`. Never set it. */
  readonly __api?: Api
}

export type AnyProvider = ProviderDefinition<any>
export type ApiOf<P> = P extends ProviderDefinition<infer Api> ? Api : ProviderApi

/**
 * Describe a chat vendor: how to install it, load it, know it is ready, drive it and remove it.
 * It only types the definition: the built-in providers are `ProviderDefinition`s written the same
 * way without the call, so that a provider's chunk imports nothing that would be a chunk of its own
 * (one more request before the vendor's script).
 */
export function defineProvider<Api extends ProviderApi = ProviderApi>(
  definition: ProviderDefinition<Api>,
): ProviderDefinition<Api> {
  return definition
}
