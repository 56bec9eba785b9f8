import type { ProviderDefinition } from '../defineProvider'
import type { ChatMessage, SignedInVisitor } from '../types'
import { tawk as vendor } from '../vendors/facts'

// Tawk.to, from its public documentation: the JavaScript API (https://developer.tawk.to/jsapi/),
// secure mode and logins with a hash (https://help.tawk.to/article/how-to-set-up-logins-with-a-hash-using-javascript-api),
// and its cookies (https://help.tawk.to/article/what-are-tawkto-cookies-and-what-do-they-do).

/** Tawk.to's settings on `Tawk_API`, read when its script runs. */
export interface TawkOptions {
  /** `Tawk_API.autoStart`: `false` starts nothing (hidden, not connected) until `call('start')`. */
  autoStart?: boolean
  /** `Tawk_API.customStyle`: the widget's z-index and offsets. */
  customStyle?: Record<string, unknown>
}

/** Tawk.to's callbacks, each one property of `Tawk_API`, as events (`on('onChatStarted', …)`). */
export type TawkEvents = {
  onStatusChange: 'online' | 'away' | 'offline'
  onChatStarted: void
  onChatEnded: void
  onChatMessageVisitor: unknown
  onChatMessageAgent: unknown
  onChatMessageSystem: unknown
  onAgentJoinChat: { name: string; position: string; image: string; id: string }
  onAgentLeaveChat: { name: string; id: string }
  onPrechatSubmit: unknown
  onOfflineSubmit: { name: string; email: string; message: string; questions: unknown[] }
  onChatSatisfaction: -1 | 0 | 1
  onVisitorNameChanged: string
  onFileUpload: string
  onTagsUpdated: unknown
}

export interface TawkApi {
  options: TawkOptions
  methods: {
    maximize(): void
    minimize(): void
    toggle(): void
    popup(): void
    showWidget(): void
    hideWidget(): void
    toggleVisibility(): void
    endChat(): void
    start(options?: { showWidget?: boolean }): void
    shutdown(): void
    setAttributes(attributes: Record<string, string>, callback?: (error?: string) => void): void
    addEvent(
      name: string,
      metadata?: Record<string, unknown>,
      callback?: (error?: string) => void,
    ): void
    addTags(tags: string[], callback?: (error?: string) => void): void
    removeTags(tags: string[], callback?: (error?: string) => void): void
  }
  getters: {
    getStatus(): 'online' | 'away' | 'offline'
    getWindowType(): 'inline' | 'embed'
    isChatMaximized(): boolean
    isChatMinimized(): boolean
    isChatHidden(): boolean
    isChatOngoing(): boolean
    isVisitorEngaged(): boolean
    widgetPosition(): string
  }
  events: TawkEvents
}

/** The callbacks that go to the app as they are, under their own names. */
const NATIVE: Array<keyof TawkEvents> = [
  'onStatusChange',
  'onChatStarted',
  'onChatEnded',
  'onChatMessageSystem',
  'onAgentJoinChat',
  'onAgentLeaveChat',
  'onPrechatSubmit',
  'onOfflineSubmit',
  'onChatSatisfaction',
  'onVisitorNameChanged',
  'onFileUpload',
  'onTagsUpdated',
]

/** The visitor as attributes: `name`, `email` (with `hash` in secure mode), the rest as they are. */
function attributes({ name, email, phone, notes, custom, hash }: SignedInVisitor) {
  const all = { name, email, hash, phone, notes, ...custom }
  // Values are non-empty strings of at most 255 characters (setAttributes' errors).
  return Object.fromEntries(
    Object.entries(all)
      .filter(([, value]) => value != null && value !== '')
      .map(([key, value]) => [key, String(value)]),
  )
}

const message = (from: ChatMessage['from'], raw: unknown): ChatMessage => ({
  from,
  text: typeof raw == 'string' ? raw : String((raw as { message?: unknown } | null)?.message ?? ''),
  raw,
})

/** Tawk.to: no queue of its own; calls wait in ours until `onLoad`. */
export const tawk: ProviderDefinition<TawkApi> = {
  name: 'tawk',
  token: vendor.token,
  scriptUrl: (token) =>
    `https://embed.tawk.to/${token.split('/').map(encodeURIComponent).join('/')}`,
  // Install code: the script goes before the page's first script.
  insert: 'before-first-script',
  install({ window: w, options }) {
    // Install code: `var Tawk_API=Tawk_API||{}, Tawk_LoadStart=new Date();`
    w.Tawk_API = {}
    if (options.autoStart === false) w.Tawk_API.autoStart = false
    if (options.customStyle) w.Tawk_API.customStyle = options.customStyle
    w.Tawk_LoadStart = new Date()
  },
  // "autoStart … the widget will be hidden on load"; it starts when the page calls `start`.
  startState: ({ options }) => (options.autoStart === false ? { visible: false } : undefined),
  deferredStart: ({ options }) => (options.autoStart === false ? 'call' : undefined),
  // `onLoad`: "invoked right after the widget is rendered". One property: a page's own is kept.
  whenReady({ window: w }, done) {
    let active = true
    chain(w.Tawk_API, 'onLoad', () => active && done())
    return () => (active = false)
  },
  listen(ctx) {
    const api = ctx.window.Tawk_API
    const stops = [
      chain(api, 'onChatMaximized', () => ctx.emit('open')),
      chain(api, 'onChatMinimized', () => ctx.emit('close')),
      chain(api, 'onUnreadCountChanged', (count) => ctx.emit('unread', count)),
      chain(api, 'onChatMessageAgent', (raw) => {
        ctx.emit('onChatMessageAgent', raw)
        ctx.emit('message', message('agent', raw))
      }),
      chain(api, 'onChatMessageVisitor', (raw) => {
        ctx.emit('onChatMessageVisitor', raw)
        ctx.emit('message', message('visitor', raw))
      }),
      ...NATIVE.map((name) => chain(api, name, (payload) => ctx.emit(name, payload))),
    ]
    return () => stops.forEach((stop) => stop())
  },
  // Tawk.to's widget container carries `widget-visible` while it shows.
  button: '.widget-visible',
  operations: {
    open: () => [['maximize']],
    close: () => [['minimize']],
    toggle: () => [['toggle']],
    show: () => [['showWidget']],
    hide: () => [['hideWidget']],
    identify: (_, visitor) => [['setAttributes', attributes(visitor)]],
    // Logins with a hash: the app's user id and the hash its server made of it; without them,
    // the visitor's attributes (with the email's hash in secure mode).
    signIn: (_, user) =>
      user.id && user.hash
        ? [['login', { userId: user.id, ...attributes({ ...user, hash: user.hash }) }]]
        : [['setAttributes', attributes(user)]],
    reset: () => [['logout']],
  },
  capabilities: vendor.capabilities,
  call: ({ window: w }, [method, ...args]) => w.Tawk_API[method](...args),
  get: ({ window: w }, method, args) => w.Tawk_API[method](...args),
  // `shutdown()` disconnects it; nothing unloads it (jsapi).
  teardown: ({ window: w }) => w.Tawk_API?.shutdown?.(),
  globals: ['Tawk_API', 'Tawk_LoadStart', '$_Tawk'],
  // Its cookies (tawk.to's cookie article): the visitor's id for 6 months, and two for the session.
  storage: {
    cookies: ['tawk_uuid_*', 'twk_idm_key', 'TawkConnectionTime'],
    local: ['twk_token_*'],
  },
  // Tawk.to documents no elements: its widget is iframes titled "chat widget" in a `.widget-visible`
  // root, which sites' own CSS targets.
  elements: '.widget-visible,iframe[title="chat widget"]',
}

/**
 * Call `run` from the `Tawk_API` callback `name` too, keeping the one already there (a page's own);
 * the returned function puts that one back, if nobody replaced ours since.
 */
function chain(api: Record<string, any>, name: string, run: (payload?: any) => void) {
  const before = api[name]
  const ours = function (this: unknown, ...args: unknown[]) {
    if (typeof before == 'function') before.apply(this, args)
    run(args[0])
  }
  api[name] = ours
  return () => {
    if (api[name] === ours) api[name] = before
  }
}
