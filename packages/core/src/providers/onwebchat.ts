import { defineProvider, type ProviderContext } from '../defineProvider'

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

/** onWebChat: `set` pairs queue in `onWebChat.ar` until the real `onWebChat_` takes them. */
export const onwebchat = defineProvider<OnWebChatApi>({
  name: 'onwebchat',
  token: {
    pattern: /^[A-Za-z0-9]{6,64}(?:\/[A-Za-z0-9]{1,64}){0,3}$/,
    expected: 'a chat id (letters and digits, optionally followed by /segments)',
    // The seed shows no chat id: an unusual one is a warning, not an error.
    strict: false,
  },
  scriptUrl: (token) =>
    `https://www.onwebchat.com/clientchat/${token.split('/').map(encodeURIComponent).join('/')}`,
  insert: 'before-first-script',
  vendorQueue: true,
  install(ctx) {
    const { window: w, options } = ctx
    w.onWebChat ||= {
      ar: [] as Array<[string, unknown]>,
      set(key: string, value: unknown) {
        if (w.onWebChat_) w.onWebChat_.set(key, value)
        else w.onWebChat.ar.push([key, value])
      },
      get: (key: string) => w.onWebChat_?.get(key),
    }
    // The callbacks go first: the seed says onMaximize "is executed when the chat widget is
    // maximized", so a widget started maximized (`max: 1`) reports it through them.
    let open = false
    const emitOpen = (next: boolean) => {
      // The docs name the minimize callback both onMinimize and onMinimized: listen to both, emit once.
      if (open === next) return
      open = next
      ctx.emit(next ? 'onMaximize' : 'onMinimize')
      ctx.emit(next ? 'open' : 'close')
    }
    set(ctx, 'onMaximize', () => emitOpen(true))
    set(ctx, 'onMinimize', () => emitOpen(false))
    set(ctx, 'onMinimized', () => emitOpen(false))
    for (const name of ['onClick', 'onTrigger', 'onStartWriting'] as const)
      set(ctx, name, () => ctx.emit(name))
    for (const key of ['language', 'max', 'show'] as const) {
      if (options[key] !== undefined) set(ctx, key, options[key])
    }
  },
  // Seed, "Set Widget Appearance": `show` 0 hides the widget; there is no callback for it.
  startState: ({ options }) => (options.show === 0 ? { visible: false } : undefined),
  whenReady(ctx, done) {
    let active = true
    set(ctx, 'onWebChatLoaded', () => {
      if (!active) return
      ctx.emit('onWebChatLoaded')
      done()
    })
    return () => (active = false)
  },
  operations: {
    open: () => [['set', 'max', 1]],
    close: () => [['set', 'max', 0]],
    show: () => [['set', 'show', 1]],
    hide: () => [['set', 'show', 0]],
    // Seed: language, max and show are set at any time with onWebChat.set.
    updateOptions: (_, settings) =>
      (['language', 'max', 'show'] as const)
        .filter((key) => settings[key] !== undefined)
        .map((key) => ['set', key, settings[key]]),
    identify: (_, visitor) =>
      (['name', 'email', 'phone', 'notes'] as const)
        .filter((key) => visitor[key] !== undefined)
        .map((key) => ['set', key, visitor[key]]),
  },
  capabilities: ['events.open', 'events.close'],
  call: (ctx, [method, ...args]) => ctx.window.onWebChat[method](...args),
  get: ({ window: w }, key) => w.onWebChat.get(key),
  globals: ['onWebChat', 'onWebChat_'],
  elements: '[id^=onwebchat_]',
})
