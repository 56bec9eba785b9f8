import { isPlatformBrowser } from '@angular/common'
import {
  computed,
  DestroyRef,
  effect,
  inject,
  Injectable,
  Injector,
  NgZone,
  PLATFORM_ID,
  runInInjectionContext,
  signal,
  untracked,
  type Signal,
} from '@angular/core'
import {
  ChatError,
  createChatHandle,
  validateChatOptions,
  type AnyProvider,
  type ChatClient,
  type ChatHandle,
  type ChatControls,
  type ChatEventName,
  type ChatEventPayload,
  type ChatEvents,
  type ChatState,
  type ClientFor,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { Observable, type Subscriber } from 'rxjs'
import { CHAT_OPTIONS } from './chatOptions'

type ApiFor<P extends ProviderName | AnyProvider> =
  ClientFor<P> extends ChatClient<infer Api> ? Api : never

// The core handle behind each ChatService, for this package's own components (<chat-launcher>).
const handles = new WeakMap<ChatService<any>, ChatHandle>()

/** The core handle behind `service`. */
export const handleOf = (service: ChatService<any>): ChatHandle => handles.get(service)!

/** One item of `ChatService.events$`: a unified event's name and its payload. */
export type ChatEvent = { [E in ChatEventName]: { name: E; payload: ChatEvents[E] } }[ChatEventName]

const eventNames: ChatEventName[] = [
  'ready',
  'open',
  'close',
  'message',
  'unread',
  'error',
  'state',
]

/**
 * The app's chat: the client's methods, its state as signals, its events as Observables. Provided
 * by `provideChat()` / `ChatModule.forRoot()`; injecting it without either throws a clear
 * `ChatError('config')`. Calls made before the vendor is ready are kept and replayed.
 *
 * The options follow the app: with a function (`provideChat(() => ({ token, visitor: user() }))`),
 * every signal it reads is tracked, and core decides what a change means (a new token re-creates
 * the chat, a new visitor identifies, a visitor gone resets, consent grants or revokes).
 *
 * The methods run outside Angular's zone (the vendor's timers and listeners trigger no change
 * detection); everything that comes back (state, events) re-enters it, so templates and
 * subscribers update without `detectChanges()`, with zone.js or zoneless.
 *
 * For typed `call`, `get` and `on`, name the provider: `inject<ChatService<'chatra'>>(ChatService)`.
 */
@Injectable({ providedIn: 'root' })
export class ChatService<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> {
  private readonly zone = inject(NgZone)
  private readonly handle = createChatHandle()
  private readonly snapshot = signal(this.handle.getState())
  private readonly subscribers = new Set<Subscriber<unknown>>()
  private destroyed = false

  /** The whole state snapshot. */
  readonly state: Signal<ChatState> = this.snapshot.asReadonly()
  readonly status = computed(() => this.state().status)
  /** Whether the chat window is open (`open` itself is the method that opens it). */
  readonly isOpen = computed(() => this.state().open)
  readonly visible = computed(() => this.state().visible)
  readonly unread = computed(() => this.state().unread)
  readonly error = computed(() => this.state().error)

  /** Every unified event as `{ name, payload }`; completes when the chat is destroyed. */
  readonly events$: Observable<ChatEvent> = this.watch((emit) => {
    const stops = eventNames.map((name) =>
      this.handle.on(name, (payload) => emit({ name, payload } as ChatEvent)),
    )
    return () => stops.forEach((stop) => stop())
  })

  readonly open: ChatControls['open'] = this.outside(this.handle.open)
  readonly close: ChatControls['close'] = this.outside(this.handle.close)
  readonly toggle: ChatControls['toggle'] = this.outside(this.handle.toggle)
  readonly show: ChatControls['show'] = this.outside(this.handle.show)
  readonly hide: ChatControls['hide'] = this.outside(this.handle.hide)
  readonly setHidden: ChatControls['setHidden'] = this.outside(this.handle.setHidden)
  readonly identify: ChatControls['identify'] = this.outside(this.handle.identify)
  readonly signIn: ChatControls['signIn'] = this.outside(this.handle.signIn)
  readonly reset: ChatControls['reset'] = this.outside(this.handle.reset)
  readonly pageView: ChatControls['pageView'] = this.outside(this.handle.pageView)
  readonly setConsent: ChatControls['setConsent'] = this.outside(this.handle.setConsent)
  readonly load: ChatControls['load'] = this.outside(this.handle.load)
  readonly ready: ChatControls['ready'] = this.outside(this.handle.ready)
  readonly retry: ChatControls['retry'] = this.outside(this.handle.retry)
  readonly call = this.outside(this.handle.call) as ClientFor<P>['call']
  readonly get = this.outside(this.handle.get) as ClientFor<P>['get']
  readonly supports: ChatControls['supports'] = this.handle.supports

  constructor() {
    handles.set(this, this.handle)
    this.handle.subscribe(() => this.zone.run(() => this.snapshot.set(this.handle.getState())))
    this.follow()
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true
      this.zone.runOutsideAngular(() => this.handle.setOptions(null))
      this.subscribers.forEach((subscriber) => subscriber.complete())
    })
  }

  /** The provider's name (`'raychat'`, `'chatra'`, …); `''` on the server. */
  get provider(): string {
    return this.handle.provider
  }

  /** Every `name` event's payload, unified or vendor-native; completes when the chat is destroyed. */
  on<E extends ChatEventName | (keyof ApiFor<P>['events'] & string)>(
    name: E,
  ): Observable<ChatEventPayload<ApiFor<P>, E>> {
    return this.watch((emit) => this.handle.on(name as never, emit))
  }

  /**
   * Hand the options to core now (invalid ones throw here, at inject), and again whenever a signal
   * the options function reads changes. In the browser only; on the server just check them.
   */
  private follow(): void {
    const config = inject(CHAT_OPTIONS, { optional: true })
    if (!config) {
      throw new ChatError(
        'config',
        typeof ngDevMode == 'undefined' || ngDevMode
          ? "inject(ChatService) found no chat: add provideChat({ token }) to the app's providers, or ChatModule.forRoot({ token }) to its imports."
          : 'config: no chat provided',
      )
    }
    const injector = inject(Injector)
    // The function runs in an injection context, so it may inject() the app's configuration.
    const read = (): CreateChatOptions<any> =>
      typeof config == 'function' ? runInInjectionContext(injector, config) : config
    const apply = (options: CreateChatOptions<any>) =>
      this.zone.runOutsideAngular(() => this.handle.setOptions(options))
    if (!isPlatformBrowser(inject(PLATFORM_ID))) return validateChatOptions(untracked(read))
    apply(untracked(read))
    if (typeof config == 'function') {
      effect(() => {
        const options = read()
        untracked(() => apply(options))
      })
    }
  }

  /** Run the client's method outside the zone. */
  private outside<F extends (...args: any[]) => any>(method: F): F {
    return ((...args: Parameters<F>) => this.zone.runOutsideAngular(() => method(...args))) as F
  }

  /** An Observable of what `listen` emits, delivered inside the zone, completed on destroy. */
  private watch<T>(listen: (emit: (value: T) => void) => () => void): Observable<T> {
    return new Observable<T>((subscriber) => {
      if (this.destroyed) return subscriber.complete()
      this.subscribers.add(subscriber)
      const stop = listen((value) => this.zone.run(() => subscriber.next(value)))
      return () => {
        this.subscribers.delete(subscriber)
        stop()
      }
    })
  }
}
