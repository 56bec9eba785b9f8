import type { ProviderApi } from './defineProvider'
import type {
  Capability,
  SignedInVisitor,
  ChatEventName,
  ChatEvents,
  ChatState,
  PageView,
  Unsubscribe,
  Visitor,
} from './types'

/** The payload of an event: a unified one, or a vendor-native one of this provider. */
export type ChatEventPayload<Api extends ProviderApi, E> = E extends ChatEventName
  ? ChatEvents[E]
  : E extends keyof Api['events']
    ? Api['events'][E]
    : never

type MethodArgs<F> = F extends (...args: infer A) => unknown ? A : never
type MethodResult<F> = F extends (...args: any[]) => infer R ? Awaited<R> : never

/** One chat on one page: created by `createChat`, the same surface for every provider. */
export interface ChatClient<Api extends ProviderApi = ProviderApi> {
  /** The provider's name (`'raychat'`, `'chatra'`, …). */
  readonly provider: string
  /** The current state; the same object until something changes. */
  getState(): ChatState
  /** Called on every state change. Fits `useSyncExternalStore`. */
  subscribe(listener: (state: ChatState) => void): Unsubscribe
  /** Start loading now, whatever the strategy. Resolves when ready. */
  load(): Promise<void>
  /** Resolves when the vendor is ready; rejects with a `ChatError` if loading fails or the chat is destroyed. */
  ready(): Promise<void>
  /** Open the chat window; starts loading in every strategy. */
  open(): void
  close(): void
  toggle(): void
  /** Show the widget, unless another reason still hides it (`setHidden`). */
  show(): void
  hide(): void
  /**
   * Hide the widget for one reason (the app's own `hide()` is the reason `'app'`; a framework's
   * route integration uses `'route'`), or drop that reason. It is shown again only when no reason
   * is left, so leaving a hidden route never shows a widget the app hid itself.
   */
  setHidden(reason: string, hidden: boolean): void
  identify(visitor: Visitor): void
  /**
   * A visitor who signed in to the app: the vendor's own mechanism for keeping their conversation
   * across devices (Chatra `clientId`, Chaport session credentials, Raychat `loadUser`), then their
   * fields. Where the vendor has none, `'unsupported'`. `reset()` signs them out.
   */
  signIn(visitor: SignedInVisitor): void
  /** Forget the visitor (logout). */
  reset(): void
  /**
   * Replace the provider's settings at run time (the same shape as `createChat`'s `options`), the
   * vendor's documented way, keeping every chatmount hook: Chatra gets a new `ChatraSetup` and a
   * restart, onWebChat its `language`, `max` and `show`. Where the vendor cannot change its
   * settings at run time, `'unsupported'`. The new settings are also what a later install uses.
   */
  updateOptions(options: Api['options']): void
  /** Tell the vendor about a client-side navigation. */
  pageView(page?: PageView): void
  /** Grant (loads per strategy) or revoke (tears the vendor down). */
  setConsent(granted: boolean): void
  on<E extends ChatEventName | (keyof Api['events'] & string)>(
    event: E,
    handler: (payload: ChatEventPayload<Api, E>) => void,
  ): Unsubscribe
  supports(capability: Capability): boolean
  /** Any vendor-native method; queued until the vendor can take it. */
  call<M extends keyof Api['methods'] & string>(
    method: M,
    ...args: MethodArgs<Api['methods'][M]>
  ): void
  /** A vendor-native getter, once the vendor is ready. */
  get<G extends keyof Api['getters'] & string>(
    method: G,
    ...args: MethodArgs<Api['getters'][G]>
  ): Promise<MethodResult<Api['getters'][G]>>
  /** After a failed load, try once more. */
  retry(): Promise<void>
  /** Remove everything the library (and, as far as it allows, the vendor) put in the page. */
  destroy(): void
}
