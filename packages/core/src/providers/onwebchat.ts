import { ChatError } from '../chatError'
import type { ProviderDefinition, ProviderContext } from '../defineProvider'
import { onwebchat as vendor } from '../vendors/facts'

/** Settings onWebChat takes through `onWebChat.set` at install. */
export interface OnWebChatOptions {
  /** `l1`: your local language; `l2`: the other language set in the dashboard. */
  language?: 'l1' | 'l2'
  /** Start maximized (1) or minimized (0). */
  max?: 0 | 1
  /** Start shown (1) or hidden (0). */
  show?: 0 | 1
}

/** The keys `onWebChat.set` takes (callbacks are wired by the provider; use `on()` for them). */
export interface OnWebChatSettings {
  name: string
  email: string
  phone: string
  notes: string
  language: 'l1' | 'l2'
  max: 0 | 1
  show: 0 | 1
}

export interface OnWebChatApi {
  options: OnWebChatOptions
  methods: {
    set<K extends keyof OnWebChatSettings>(key: K, value: OnWebChatSettings[K]): void
  }
  getters: {
    status(): 'online' | 'offline'
    name(): string | undefined
    email(): string | undefined
    phone(): string | undefined
    notes(): string | undefined
  }
  events: {
    onClick: void
    onMaximize: void
    onMinimize: void
    onTrigger: void
    onStartWriting: void
    onWebChatLoaded: void
  }
}

type Context = ProviderContext<OnWebChatOptions>
const set = (ctx: Context, key: string, value: unknown) => ctx.window.onWebChat.set(key, value)

// Whether each load's widget is maximized, as far as chatmount knows: from `max` at start, each
// `set('max', …)` and the vendor's callbacks, which report a change only once between them.
const maximized = new WeakMap<ProviderContext, boolean>()

function reportOpen(ctx: ProviderContext, open: boolean) {
  if (maximized.get(ctx) === open) return
  maximized.set(ctx, open)
  ctx.emit(open ? 'onMaximize' : 'onMinimize')
  ctx.emit(open ? 'open' : 'close')
}

/** 1 or '1' is on, 0 or '0' off, as its documentation writes them; anything else says nothing. */
const flag = (value: unknown) =>
  value === 1 || value === '1' ? true : value === 0 || value === '0' ? false : undefined

/** onWebChat: `set` pairs queue in `onWebChat.ar` until the real `onWebChat_` takes them. */
export const onwebchat: ProviderDefinition<OnWebChatApi> = {
  name: 'onwebchat',
  token: vendor.token,
  scriptUrl: (token) =>
    `https://www.onwebchat.com/clientchat/${token.split('/').map(encodeURIComponent).join('/')}`,
  insert: 'before-first-script',
  vendorQueue: true,
  install(ctx) {
    const { window: w, options } = ctx
    // The real script renders nothing and never calls back inside a frame (VENDORS.md): say so now
    // rather than after the timeout.
    if (w.self !== w.top)
      throw new ChatError(
        'unsupported',
        process.env.NODE_ENV != 'production'
          ? 'onwebchat: its widget does not run inside an iframe (it renders nothing there); put the chat in the top page'
          : 'onwebchat: unsupported',
      )
    w.onWebChat ||= {
      ar: [] as Array<[string, unknown]>,
      set(key: string, value: unknown) {
        if (w.onWebChat_) w.onWebChat_.set(key, value)
        else w.onWebChat.ar.push([key, value])
      },
      get: (key: string) => w.onWebChat_?.get(key),
    }
    // The callbacks go first. The docs name the minimize callback both onMinimize and onMinimized:
    // listen to both, report once.
    maximized.set(ctx, options.max === 1)
    set(ctx, 'onMaximize', () => reportOpen(ctx, true))
    set(ctx, 'onMinimize', () => reportOpen(ctx, false))
    set(ctx, 'onMinimized', () => reportOpen(ctx, false))
    for (const name of ['onClick', 'onTrigger', 'onStartWriting'] as const)
      set(ctx, name, () => ctx.emit(name))
    for (const key of ['language', 'max', 'show'] as const) {
      if (options[key] !== undefined) set(ctx, key, options[key])
    }
  },
  // onWebChat's documentation, "Set Widget Appearance": `show` 0 hides the widget and `max` 1
  // starts it maximized; the real script calls nothing back for the settings it starts with.
  startState: ({ options }) => ({ visible: options.show !== 0, open: options.max === 1 }),
  whenReady(ctx, done) {
    let active = true
    set(ctx, 'onWebChatLoaded', () => {
      if (!active) return
      ctx.emit('onWebChatLoaded')
      done()
    })
    return () => (active = false)
  },
  // VENDORS.md, onWebChat: the chat image `div#onweb_chatimage_div` is its button.
  button: '#onweb_chatimage_div',
  operations: {
    open: () => [['set', 'max', 1]],
    close: () => [['set', 'max', 0]],
    show: () => [['set', 'show', 1]],
    hide: () => [['set', 'show', 0]],
    // onWebChat's documentation: language, max and show are set at any time with onWebChat.set.
    updateOptions: (_, settings) =>
      (['language', 'max', 'show'] as const)
        .filter((key) => settings[key] !== undefined)
        .map((key) => ['set', key, settings[key]]),
    identify: (_, visitor) =>
      (['name', 'email', 'phone', 'notes'] as const)
        .filter((key) => visitor[key] !== undefined)
        .map((key) => ['set', key, visitor[key]]),
  },
  capabilities: vendor.capabilities,
  call(ctx, [method, ...args]) {
    const result = ctx.window.onWebChat[method](...args)
    // `show` has no callback, and `max` may not call one: whoever set them (show(), open(),
    // updateOptions or the app's own call), the state follows what the widget now shows.
    const on = method == 'set' ? flag(args[1]) : undefined
    if (on !== undefined && args[0] == 'show') ctx.emit('visible', on)
    if (on !== undefined && args[0] == 'max') reportOpen(ctx, on)
    return result
  },
  get: ({ window: w }, key) => w.onWebChat.get(key),
  globals: ['onWebChat', 'onWebChat_'],
  // Its real script's cookies and sessionStorage keys (VENDORS.md, "What the real scripts do").
  storage: {
    cookies: ['onwbcht*', 'consentvalue', 'inChatC', 'hasTriggeredC', 'hasTriggeredNoReplyC'],
    session: ['chattext', 'maxChat', 'secOnSite'],
  },
  // Its UI (no iframe): the script builds it only where no `.onwebchatbox` is left, so all of it goes.
  elements: '.onwebchatbox,#onwbchat_window,#onwebchataudio,#onweb_chatimage_div,[id^=onwebchat_]',
}
