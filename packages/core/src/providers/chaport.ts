import type { ProviderDefinition, ProviderContext, VendorCall } from '../defineProvider'
import type { SignedInVisitor } from '../types'
import { compact } from './compact'
import { chaport as vendor } from '../vendors/facts'

export type ChaportPosition = [side: 'left' | 'right', offsetX?: number, offsetY?: number]
export type ChaportWidgetState = 'expanded' | 'collapsed' | 'semiExpanded' | 'unreadMessage'
export type ChaportMatcher =
  '=' | '!=' | 'contains' | '!contains' | 'gt' | '>' | 'lt' | '<' | 'gte' | '>=' | 'lte' | '<='
export type ChaportParameter =
  | 'page_url'
  | 'message_text'
  | 'country'
  | 'language'
  | 'referrer_url'
  | 'utm_source'
  | 'utm_medium'
  | 'utm_term'
  | 'utm_campaign'
  | 'utm_content'

export interface ChaportComparer {
  compare(value: unknown, matcher: ChaportMatcher, expected: unknown): boolean
  getParameterValue(parameter: ChaportParameter): unknown
}
export type ChaportRule = Record<
  string,
  boolean | [ChaportParameter, ChaportMatcher, unknown] | ((cp: ChaportComparer) => boolean)
>
export interface ChaportAssignments {
  resolve?: (cp: ChaportComparer) => string | string[] | null | undefined
  rules?: ChaportRule[]
  defaultRules?: ChaportRule[]
}

export interface ChaportVisitorData {
  name?: string
  email?: string
  phone?: string
  notes?: string
  custom?: Record<string, unknown>
}

export interface ChaportTrigger {
  id?: string
  message: string
}

export interface ChaportCredentials {
  id: string
  token: string
}

/** Every `window.chaportConfig` key the Chaport docs list, but `appId` (that is the token). */
export interface ChaportOptions {
  /**
   * Where the script comes from: its documentation's `app.chaport.ru` (default) or
   * `app.chaport.com`.
   */
  host?: 'app.chaport.ru' | 'app.chaport.com'
  analytics?: {
    google?: {
      id?: string
      api?: 'gtag' | 'gtm' | 'ga' | 'gaq'
      apiObject?: unknown
      enabled?: boolean
    }
  }
  appearance?: {
    windowColor?: string
    teamName?: string
    onlineWelcome?: string
    offlineWelcome?: string
    position?: ChaportPosition
    textStatuses?: boolean
  }
  assignments?: ChaportAssignments
  closeButton?: boolean
  countries?: { include?: string[]; exclude?: string[] }
  devices?: {
    include?: Array<'desktop' | 'ios' | 'android' | 'mobile'>
    exclude?: Array<'desktop' | 'ios' | 'android' | 'mobile'>
    configs?: Partial<
      Record<'desktop' | 'ios' | 'android' | 'mobile', Omit<ChaportOptions, 'devices'>>
    >
  }
  history?: boolean
  init?: { event?: string; eventTarget?: EventTarget; maxDelay?: number }
  language?: { use?: string; source?: 'html' | 'header' }
  launcher?: { show?: boolean }
  openIn?: string | { selector: string }
  operators?: string[]
  responsive?: boolean
  session?: { user?: { visitorId: string; token: string }; autoStart?: boolean; persist?: boolean }
  triggers?: boolean | { enabled?: boolean | string[]; disabled?: boolean | string[] }
  visitor?: ChaportVisitorData
  /**
   * `sha1($salt . json_encode($visitorData))` (Chaport's documentation, "Visitor data integrity":
   * PHP's json_encode, which escapes `/` and non-ASCII characters unlike JSON.stringify), computed
   * on your server over the same data as `visitor`, in the same order; the salt never reaches the
   * browser.
   */
  visitorIntegrityHash?: string
}

export interface ChaportApi {
  options: ChaportOptions
  methods: {
    open(): void
    close(): void
    toggle(): void
    showLauncher(): void
    hideLauncher(): void
    openIn(target: string | { selector: string }): void
    newPageView(page?: { url?: string; title?: string }): void
    setVisitorData(data: ChaportVisitorData, hash?: string): void
    startSession(credentials?: ChaportCredentials, callback?: () => void): void
    stopSession(clearCredentials?: boolean, callback?: () => void): void
    disableTriggers(triggerIds?: string[]): void
    enableTriggers(triggerIds?: string[]): void
    setActiveTrigger(trigger: ChaportTrigger): void
    setAssignmentRules(assignments: ChaportAssignments): void
    updatePosition(position: ChaportPosition, callback?: () => void): void
  }
  getters: {
    getWidgetState(): ChaportWidgetState
    getActiveTrigger(): ChaportTrigger | undefined
    getTriggerById(id: string): ChaportTrigger | undefined
    getParameterValue(parameter: ChaportParameter): unknown
    compare(value: unknown, matcher: ChaportMatcher, expected: unknown): boolean
    /** Chaport answers through a callback; `get('isOnline')` resolves with it. */
    isOnline(): boolean
    /**
     * The visitor's id from Chaport's `ready` event, for its logged-in-users flow (Chaport's
     * documentation: capture the visitorId "via either listening to "ready" or "chat.started"
     * events" and send it to your server).
     */
    visitorId(): string
  }
  events: {
    /**
     * Chaport's documentation: "Fires when the visitor starts a chat"; it carries the visitorId, as
     * `ready` does.
     */
    'chat.started': { visitorId?: string }
    /**
     * Chaport's documentation: "Fires when operators' presence online status changes" (the payload
     * is not documented).
     */
    'chat.onlineChange': unknown
    /** Chaport's documentation: `function(autoInvitationDetails)`, the auto-invitation shown. */
    'chat.autoInvitation': ChaportTrigger
    /**
     * Chaport's documentation: the states getWidgetState returns; the payload's shape is not
     * documented.
     */
    'widget.stateChange': ChaportWidgetState | { state: ChaportWidgetState }
  }
}

// `ready` is not forwarded: the unified `ready` already fires once, when the vendor is usable. The
// visitorId it carries is kept for `get('visitorId')`, per load, and follows the visitor: a signIn's
// id, none after reset() until an event carries the new visitor's (`ready`, `chat.started`).
const visitorIds = new WeakMap<object, string | undefined>()
const keepVisitorId = (ctx: ProviderContext, data?: { visitorId?: string }) => {
  if (data?.visitorId) visitorIds.set(ctx, data.visitorId)
}

const nativeEvents = [
  'chat.started',
  'chat.onlineChange',
  'chat.autoInvitation',
  'widget.stateChange',
]

// What each load last said of unread messages: it changes only with the widget's state.
const unreadOf = new WeakMap<object, number>()

// The protected fields each load sent last, to say when an identify without the hash changes nothing.
const sentFields = new WeakMap<object, Record<string, unknown>>()

/**
 * The visitor as Chaport's setVisitorData call: every field the app gave, in the order it gave them
 * (no avatar, and none of chatmount's own `id`, `token` and `hash`), because the integrity hash is
 * made on the server over `json_encode($visitorData)` and Chaport checks it against exactly what
 * the page sends (Chaport's documentation, "Visitor data integrity"): "Without the hash, name,
 * email, phone and notes fields are create-only".
 */
function visitorData(ctx: ProviderContext, visitor: SignedInVisitor): VendorCall {
  const { id: _id, token: _token, hash, avatar: _avatar, ...fields } = visitor
  const data: Record<string, unknown> = compact(fields)
  if (process.env.NODE_ENV != 'production' && !hash) {
    const sent = sentFields.get(ctx) ?? {}
    const changed = (['name', 'email', 'phone', 'notes'] as const).filter(
      (field) =>
        sent[field] !== undefined && data[field] !== undefined && data[field] !== sent[field],
    )
    if (changed.length) {
      console.warn(
        `[chatmount] chaport: ${changed.join(', ')} are create-only without the visitor's integrity hash (signIn with hash): the change is not kept.`,
      )
    }
    sentFields.set(ctx, { ...sent, ...data })
  }
  return hash ? ['setVisitorData', data, hash] : ['setVisitorData', data]
}

/** Chaport: config in `chaportConfig`, calls through `chaport.q` until its direct methods exist. */
export const chaport: ProviderDefinition<ChaportApi> = {
  name: 'chaport',
  token: vendor.token,
  // Chaport's documentation, install code: "s.src='https://app.chaport.ru/javascripts/insert.js'";
  // app.chaport.com serves the same file.
  scriptUrl: (_, { host = 'app.chaport.ru' }) => `https://${host}/javascripts/insert.js`,
  insert: 'before-first-script',
  vendorQueue: true,
  install(ctx) {
    const { window: w } = ctx
    // `host` is chatmount's (where the script comes from), not a Chaport setting.
    const { host: _host, ...config } = ctx.options
    w.chaportConfig = { ...config, appId: ctx.token }
    // The snippet's stub, as the vendor writes it; an existing one (and its queue) is kept.
    if (!w.chaport) {
      const stub: Record<string, any> = { _q: [], _l: {} }
      stub.q = (...args: unknown[]) => stub._q.push(args)
      stub.on = (event: string, fn: unknown) => (stub._l[event] ||= []).push(fn)
      w.chaport = stub
    }
    // Chaport has no `off`: the context stops emitting once this load is torn down.
    for (const name of nativeEvents)
      w.chaport.on(name, (payload: unknown) => ctx.emit(name, payload))
    w.chaport.on('chat.started', (data?: { visitorId?: string }) => keepVisitorId(ctx, data))
    w.chaport.on('widget.stateChange', (change: unknown) => {
      // The docs name the states but not the payload's shape: take a string or `{ state }`.
      const state =
        typeof change === 'string' ? change : (change as { state?: string } | undefined)?.state
      if (state === 'expanded') ctx.emit('open')
      if (state === 'collapsed') ctx.emit('close')
      // Chaport's documentation: "unreadMessage" (any other unread message) and "semiExpanded"
      // (an auto-invitation is displayed). It says whether there is something unread, not how
      // much: 1 for "at least one"; opened or collapsed, nothing is.
      const unread = state === 'unreadMessage' || state === 'semiExpanded' ? 1 : 0
      if (state && unread != unreadOf.get(ctx)) {
        unreadOf.set(ctx, unread)
        ctx.emit('unread', unread)
      }
    })
  },
  // Chaport's documentation, launcher: "show | Pass false to hide the default launcher." Chaport's
  // show and hide are the launcher's, so `visible` is the launcher's visibility here.
  startState: ({ options }) => (options.launcher?.show === false ? { visible: false } : undefined),
  // Chaport's documentation, session: "autoStart | Pass false in order to delay the session start
  // and chat loading until you call startSession method." Ready comes after the session started.
  // Its `init`: "Wait until the page is loaded, but no longer than 5 seconds before loading the
  // widget": it waits for `init.event`, and starts after `init.maxDelay` ms at the latest.
  deferredStart({ options: { session, init } }) {
    if (session?.autoStart === false) return 'call'
    if (typeof init?.maxDelay == 'number') return init.maxDelay
    if (init?.event) return 'call'
  },
  whenReady(ctx, done) {
    let active = true
    ctx.window.chaport.on('ready', (data?: { visitorId?: string }) => {
      if (!active) return
      keepVisitorId(ctx, data)
      done()
    })
    return () => (active = false)
  },
  // VENDORS.md, Chaport: `.chaport-launcher`, as seen on sites.
  button: '.chaport-launcher',
  operations: {
    open: () => [['open']],
    close: () => [['close']],
    toggle: () => [['toggle']],
    show: () => [['showLauncher']],
    hide: () => [['hideLauncher']],
    identify: (ctx, visitor) => [visitorData(ctx, visitor)],
    // Chaport's documentation, "Logged-in users": the visitorId the app stored, and the token its
    // server made (sha1(personalSalt . visitorId)); startSession takes `{ id, token }` ("Or using
    // credentials stored on your server"). The fields go with the integrity hash where there is
    // one.
    signIn(ctx, visitor) {
      if (!visitor.id || !visitor.token) return [visitorData(ctx, visitor)]
      visitorIds.set(ctx, visitor.id)
      return [
        ['stopSession'],
        ['startSession', { id: visitor.id, token: visitor.token }],
        visitorData(ctx, visitor),
      ]
    },
    // Forget the stored credentials, then start a fresh anonymous session, whose visitorId the
    // vendor reports later.
    reset(ctx) {
      visitorIds.set(ctx, undefined)
      return [['stopSession', true], ['startSession']]
    },
    pageView: (_, page) => [
      page.url || page.title ? ['newPageView', compact(page)] : ['newPageView'],
    ],
  },
  capabilities: vendor.capabilities,
  call({ window: w }, [method, ...args]) {
    const direct = w.chaport[method]
    // Direct methods exist once the script ran; before that, the command queue takes `(name, args)`.
    return typeof direct === 'function' && method !== 'q'
      ? direct.apply(w.chaport, args)
      : w.chaport.q(method, args)
  },
  get(ctx, method, args) {
    const { window: w } = ctx
    if (method === 'visitorId') return visitorIds.get(ctx)
    if (method === 'isOnline') return new Promise((resolve) => w.chaport.isOnline(resolve))
    return w.chaport[method](...args)
  },
  globals: ['chaport', 'chaportConfig'],
  elements: '#chaport-container',
}
