import type { ProviderDefinition, VendorCall } from '../defineProvider'
import type { Visitor } from '../types'
import { compact } from './compact'
import { raychat as vendor } from '../vendors/facts'

/** Install settings, written to `window` before the script (see the Raychat docs). */
export interface RaychatOptions {
  /** `RAYCHAT_WIDGET_LANG` */
  language?: 'fa' | 'en' | 'ar' | 'tr' | 'ku'
  /** `LOAD_TYPE`: load with the page, or only after the visitor interacts. */
  loadType?: 'FAST_LOAD' | 'SEO_FRIENDLY'
  /** `RAYCHAT_ALWAYS_FULLSCREEN` */
  alwaysFullscreen?: boolean
  /** `RAYCHAT_HIDE_WIDGET_ON_INIT`: no flash of the widget when it should start hidden. */
  hideOnInit?: boolean
}

export interface RaychatUser {
  email?: string
  name?: string
  about?: string
  phone?: string
  avatar?: string
  updateOnce?: boolean
}

export interface RaychatVisitorProfile {
  id: string
  name?: string
  email?: string
  avatar?: string
  online?: boolean
  createdAt?: string | Date
  metadata?: Record<string, unknown>
  browser?: { name?: string; ver?: string; os?: string; mobile?: boolean }
  phone?: string
  about?: string
}

export interface RaychatForm {
  inputs: Array<{ label: string; type: 'number' | 'phone' | 'email' | 'name' | 'string' }>
  message?: string
  title?: string
  notSendToServer?: boolean
  disableChatbox?: boolean
  formName?: string
}

export type RaychatAnimation =
  | 'bounce'
  | 'wobble'
  | 'tada'
  | 'shakeX'
  | 'shakeY'
  | 'headShake'
  | 'rubberBand'
  | 'swing'
  | 'jello'
  | 'rotateIn'
  | 'pulse'
  | 'heartBeat'
  | 'flip'

/** Raychat hands its handlers an event-like object whose `detail` holds the data. */
export interface RaychatEvent<Detail> {
  detail: Detail
}
export interface RaychatMessageDetail {
  type: string
  content: string
}

export interface RaychatApi {
  options: RaychatOptions
  methods: {
    setStyle(style: {
      backgroundColor?: string
      borderRadius?: string
      width?: string
      height?: string
      boxShadow?: string
    }): void
    setPosition(position: { top: string; right: string; bottom: string; left: string }): void
    setUser(user: RaychatUser): void
    loadUser(userId: string): void
    unloadUser(): void
    sendOfflineMessage(text: string): void
    openWidget(): void
    closeWidget(): void
    toggle(): void
    hideWidget(): void
    showWidget(): void
    animate(animation: RaychatAnimation): void
    sendForm(form: RaychatForm): void
  }
  getters: {
    getUser(): RaychatVisitorProfile
    isWidgetOpen(): boolean
  }
  events: {
    raychat_sendMessage: RaychatEvent<RaychatMessageDetail>
    raychat_getMessage: RaychatEvent<RaychatMessageDetail>
    raychat_form_submission: RaychatEvent<{
      formName: string
      values: Array<{ id: number; label: string; value: string; type: string }>
    }>
    /**
     * Raychat's documentation: `Raychat.on('raychat_user_profile_updated', function (user) {})`:
     * the user itself.
     */
    raychat_user_profile_updated: RaychatVisitorProfile
    raychat_new_user_loaded: RaychatEvent<unknown>
  }
}

const nativeEvents = [
  'raychat_sendMessage',
  'raychat_getMessage',
  'raychat_form_submission',
  'raychat_user_profile_updated',
  'raychat_new_user_loaded',
] as const
/** Raychat's documentation, setUser: email, name, about, phone and avatar (no custom fields). */
const setUser = ({ name, email, phone, notes, avatar }: Visitor): VendorCall => [
  'setUser',
  compact({ name, email, phone, about: notes, avatar }),
]

/** No API exposes the unread count; the widget's own badge does. */
const UNREAD_BADGE = '#raychat_main_button_count_s'

/** Raychat, the default provider. No vendor queue: calls wait in ours until `raychat_ready`. */
export const raychat: ProviderDefinition<RaychatApi> = {
  name: 'raychat',
  token: vendor.token,
  scriptUrl: () => 'https://widget-react.raychat.io/install/widget.js',
  install({ window: w, token, options }) {
    w.RAYCHAT_TOKEN = token
    if (options.language) w.RAYCHAT_WIDGET_LANG = options.language
    if (options.loadType) w.LOAD_TYPE = options.loadType
    if (options.alwaysFullscreen) w.RAYCHAT_ALWAYS_FULLSCREEN = true
    if (options.hideOnInit) w.RAYCHAT_HIDE_WIDGET_ON_INIT = true
  },
  // Raychat's documentation, "Hide Widget on Initial Load": RAYCHAT_HIDE_WIDGET_ON_INIT hides it
  // when the page loads.
  startState: ({ options }) => (options.hideOnInit ? { visible: false } : undefined),
  // Raychat's documentation, "Widget load type": SEO_FRIENDLY "will be loaded after user
  // interaction".
  deferredStart: ({ options }) => (options.loadType == 'SEO_FRIENDLY' ? 'interaction' : undefined),
  whenReady({ window: w }, done) {
    w.addEventListener('raychat_ready', done)
    return () => w.removeEventListener('raychat_ready', done)
  },
  listen(ctx) {
    const { Raychat } = ctx.window
    // Raychat has no `off`: the context stops emitting once this load is torn down.
    Raychat.on('open', () => ctx.emit('open'))
    Raychat.on('close', () => ctx.emit('close'))
    for (const name of nativeEvents) Raychat.on(name, (event: unknown) => ctx.emit(name, event))
    const message = (from: 'agent' | 'visitor') => (event?: RaychatEvent<RaychatMessageDetail>) =>
      ctx.emit('message', { from, text: event?.detail?.content ?? '', raw: event })
    Raychat.on('raychat_getMessage', message('agent'))
    // Raychat's documentation, hideWidget: "When new messages arrive from operators or smart
    // messages are triggered, the widget will automatically become visible."
    Raychat.on('raychat_getMessage', () => ctx.emit('visible', true))
    Raychat.on('raychat_sendMessage', message('visitor'))

    const { document } = ctx
    let unread = 0
    const readUnread = () => {
      const count =
        Number.parseInt(document.querySelector(UNREAD_BADGE)?.textContent ?? '', 10) || 0
      if (count !== unread) ctx.emit('unread', (unread = count))
    }
    const observer = new ctx.window.MutationObserver(readUnread)
    observer.observe(document.body, { childList: true, subtree: true, characterData: true })
    readUnread()
    return () => observer.disconnect()
  },
  // VENDORS.md, Raychat: the widget's frame `iframe#raychat_widget`, which holds its button.
  button: '#raychat_widget',
  operations: {
    open: () => [['openWidget']],
    close: () => [['closeWidget']],
    toggle: () => [['toggle']],
    show: () => [['showWidget']],
    hide: () => [['hideWidget']],
    identify: (_, visitor) => [setUser(visitor)],
    // Raychat's documentation, loadUser: "you can load the users who enter the user panel in your
    // system and keep their conversations permanent and stable" (their id from getUser(), stored by
    // the app).
    signIn: (_, visitor) => [
      ...(visitor.id ? [['loadUser', visitor.id] as const] : []),
      setUser(visitor),
    ],
    // Raychat forgets the visitor only after the next page load.
    reset: () => [['unloadUser']],
  },
  capabilities: vendor.capabilities,
  call: ({ window: w }, [method, ...args]) => w.Raychat[method](...args),
  get: ({ window: w }, method, args) => w.Raychat[method](...args),
  globals: [
    'Raychat',
    'RAYCHAT_TOKEN',
    'RAYCHAT_WIDGET_LANG',
    'LOAD_TYPE',
    'RAYCHAT_ALWAYS_FULLSCREEN',
    'RAYCHAT_HIDE_WIDGET_ON_INIT',
  ],
  // The visitor's token (VENDORS.md: localStorage `rayToken`).
  storage: { local: ['rayToken'] },
  elements: '[id^=raychat_]',
}
