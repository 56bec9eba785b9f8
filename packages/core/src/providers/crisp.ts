import type { ProviderDefinition, VendorCall } from '../defineProvider'
import type { ChatMessage, SignedInVisitor } from '../types'
import { crisp as vendor } from '../vendors/facts'

// Crisp, from its public documentation: the `$crisp` SDK
// (https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/), session continuity
// (…/web-sdk/session-continuity/), cookie policies (…/web-sdk/cookie-policies/) and identity
// verification (…/web-sdk/identity-verification/).

/** Crisp's install settings, globals its script reads before it runs. */
export interface CrispOptions {
  /** `CRISP_RUNTIME_CONFIG.locale`: the chatbox language (`'fr'`). */
  locale?: string
  /** `CRISP_COOKIE_DOMAIN`: the domain its session cookie is set for. */
  cookieDomain?: string
  /** `CRISP_COOKIE_EXPIRE`: how long its session cookie lasts. */
  cookieExpire?: number
  /** `["safe", true]`: no warning about the page's shims of native JavaScript methods. */
  safeMode?: boolean
}

/** A message as `message:received` and `message:sent` hand it over. */
export interface CrispMessage {
  type: string
  content: unknown
  from: string
  origin: string
  [field: string]: unknown
}

export interface CrispApi {
  options: CrispOptions
  /** `call(name, …args)` pushes `[name, …args]` to `$crisp`: `call('do', 'chat:open')`. */
  methods: {
    do(action: string, args?: unknown[]): void
    set(key: string, args: unknown[]): void
    config(key: string, args: unknown[]): void
    safe(on: boolean): void
  }
  /** `$crisp.get(…)`, and the states `$crisp.is(…)` answers. */
  getters: {
    'chat:unread:count'(): number
    'session:identifier'(): string
    'session:data'(key?: string): unknown
    'user:email'(): string
    'user:nickname'(): string
    'user:phone'(): string
    'message:text'(): string
    'chat:opened'(): boolean
    'chat:closed'(): boolean
    'chat:visible'(): boolean
    'chat:hidden'(): boolean
    'session:ongoing'(): boolean
    'website:available'(): boolean
  }
  events: {
    'message:received': CrispMessage
    'message:sent': CrispMessage
    'chat:initiated': void
    'website:availability:changed': boolean
  }
}

/** The states `$crisp.is` answers; every other getter is `$crisp.get`. */
const STATES = [
  'chat:opened',
  'chat:closed',
  'chat:visible',
  'chat:hidden',
  'session:ongoing',
  'website:available',
]

/**
 * The visitor as `user:*` fields (the email with its signature, where the app's server made one)
 * and `session:data`.
 */
function visitorCalls(visitor: SignedInVisitor): VendorCall[] {
  const calls: VendorCall[] = []
  const { email, name, phone, avatar, notes, custom, hash } = visitor
  if (email) calls.push(['set', 'user:email', hash ? [email, hash] : [email]])
  if (name) calls.push(['set', 'user:nickname', [name]])
  if (phone) calls.push(['set', 'user:phone', [phone]])
  if (avatar) calls.push(['set', 'user:avatar', [avatar]])
  // Values are strings, numbers or booleans: a null says nothing.
  const data = Object.entries({ notes, ...custom }).filter(([, value]) => value != null)
  if (data.length) calls.push(['set', 'session:data', [data]])
  return calls
}

const message = (from: ChatMessage['from'], raw: CrispMessage): ChatMessage => ({
  from,
  text: typeof raw?.content == 'string' ? raw.content : '',
  raw,
})

/** Crisp: commands queue in the `$crisp` array until its script takes them, and after. */
export const crisp: ProviderDefinition<CrispApi> = {
  name: 'crisp',
  token: vendor.token,
  scriptUrl: () => 'https://client.crisp.chat/l.js',
  vendorQueue: true,
  install(ctx) {
    const { window: w, token, options } = ctx
    // Install code: `window.$crisp=[];window.CRISP_WEBSITE_ID="…";` then the script.
    w.$crisp = []
    w.CRISP_WEBSITE_ID = token
    if (options.locale) w.CRISP_RUNTIME_CONFIG = { locale: options.locale }
    if (options.cookieDomain) w.CRISP_COOKIE_DOMAIN = options.cookieDomain
    if (options.cookieExpire) w.CRISP_COOKIE_EXPIRE = options.cookieExpire
    if (options.safeMode) w.$crisp.push(['safe', true])
    // Bound first in its queue, so the state follows calls queued before it is ready too (an
    // early `chat:open` opens it as the chatbox starts). `["off", event]` would unbind the page's
    // own handlers as well: a torn-down install's context reports to nobody instead.
    const on = (event: string, heard: (payload: any) => void) => w.$crisp.push(['on', event, heard])
    on('chat:opened', () => ctx.emit('open'))
    on('chat:closed', () => ctx.emit('close'))
    on('message:received', (raw: CrispMessage) => {
      ctx.emit('message:received', raw)
      ctx.emit('message', message('agent', raw))
    })
    on('message:sent', (raw: CrispMessage) => {
      ctx.emit('message:sent', raw)
      ctx.emit('message', message('visitor', raw))
    })
    on('chat:initiated', () => ctx.emit('chat:initiated'))
    on('website:availability:changed', (available) =>
      ctx.emit('website:availability:changed', available),
    )
  },
  // `session:loaded`: the chatbox and its session are there (Crisp's own SDK waits for it too).
  whenReady({ window: w }, done) {
    let active = true
    w.$crisp.push(['on', 'session:loaded', () => active && done()])
    return () => (active = false)
  },
  // Crisp draws its launcher inside `#crisp-chatbox`, hidden with it.
  button: '#crisp-chatbox',
  operations: {
    open: () => [['do', 'chat:open']],
    close: () => [['do', 'chat:close']],
    toggle: () => [['do', 'chat:toggle']],
    show: () => [['do', 'chat:show']],
    hide: () => [['do', 'chat:hide']],
    identify: (_, visitor) => visitorCalls(visitor),
    // Session continuity: `CRISP_TOKEN_ID`, the app's token for this user, is read when the script
    // runs; set once it has, the session is reset to take it.
    signIn({ window: w }, visitor) {
      const calls = visitorCalls(visitor)
      if (!visitor.token) return calls
      w.CRISP_TOKEN_ID = visitor.token
      return Array.isArray(w.$crisp) ? calls : [['do', 'session:reset'], ...calls]
    },
    // "Clear the token, then reset the session" (session continuity, on logout).
    reset({ window: w }) {
      Reflect.deleteProperty(w, 'CRISP_TOKEN_ID')
      return [['do', 'session:reset']]
    },
  },
  capabilities: vendor.capabilities,
  call: ({ window: w }, call) => w.$crisp.push([...call]),
  get: ({ window: w }, method, args) =>
    STATES.includes(method) ? w.$crisp.is(method) : w.$crisp.get(method, ...args),
  globals: [
    '$crisp',
    'CRISP_WEBSITE_ID',
    'CRISP_TOKEN_ID',
    'CRISP_RUNTIME_CONFIG',
    'CRISP_COOKIE_DOMAIN',
    'CRISP_COOKIE_EXPIRE',
  ],
  // Its session and socket cookies, `crisp-client/session/<website id>` and `…/socket/…`
  // (URL-encoded in the cookie name); it keeps nothing in localStorage (cookie policies).
  storage: { cookies: ['crisp-client*'] },
  // Crisp documents no elements and no way to unload: its chatbox is the `.crisp-client` root
  // that sites' own CSS targets, and it is removed with its globals.
  elements: '.crisp-client',
}
