import type { ProviderDefinition, ProviderContext, VendorCall } from '../defineProvider'
import type { Visitor } from '../types'
import { compact } from './compact'
import { chatra as vendor } from '../vendors/facts'

type ButtonPosition = 'bl' | 'bc' | 'br' | 'lt' | 'lm' | 'lb' | 'rt' | 'rm' | 'rb'

export interface ChatraColors {
  buttonText?: string
  buttonBg?: string
  clientBubbleBg?: string
  agentBubbleBg?: string
}

export interface ChatraMessage {
  id: string
  createdAt: number
  text: string
  type: 'agent' | 'client' | 'bot'
}

/** Every `window.ChatraSetup` setting the Chatra docs list. */
export interface ChatraOptions {
  buttonStyle?: 'tab' | 'round'
  buttonPosition?: ButtonPosition
  buttonSize?: number
  customWidgetButton?: string
  chatWidth?: number
  chatHeight?: number
  zIndex?: number
  colors?: ChatraColors
  startHidden?: boolean
  mobileOnly?: boolean
  disabledOnMobile?: boolean
  language?: 'en' | 'de' | 'fr' | 'es' | 'nl' | 'pt' | 'it' | 'ru'
  locale?: Record<string, unknown>
  mode?: 'widget' | 'frame'
  injectTo?: string | Element | ArrayLike<Element>
  /** Binds the chat to a signed-in user. Must be a secret random string, never a public id. */
  clientId?: string
  groupId?: string
  gaTrackingId?: string
  disableGaTracking?: boolean
  yaCounterId?: string | number
  disableYaTracking?: boolean
  onNewMessage?: (message: ChatraMessage) => void
  onAnalyticEvent?: (eventName: string) => void
  deferredLoading?: boolean
  disableChatOpenHash?: boolean
  /**
   * The visitor's data as `window.ChatraIntegration` (Chatra's documentation: "Using
   * ChatraIntegration object"), set before the script like `ChatraSetup`: name, email, phone, notes
   * and any custom property. Not a `ChatraSetup` setting: chatmount takes it out of those.
   */
  integration?: IntegrationData
}

type IntegrationData = Record<string, string | number | boolean>

export interface ChatraApi {
  options: ChatraOptions
  methods: {
    sendAutoMessage(text: string): void
    setButtonPosition(position: ButtonPosition): void
    resetButtonPosition(): void
    setButtonSize(size: number): void
    setChatWidth(width: number): void
    setChatHeight(height: number): void
    setZIndex(zIndex: number): void
    setColors(colors: ChatraColors): void
    resetColors(): void
    openChat(focus?: boolean): void
    expandWidget(focus?: boolean): void
    minimizeWidget(): void
    hide(): void
    show(): void
    pageView(): void
    setIntegrationData(data: IntegrationData): void
    updateIntegrationData(data: Record<string, string | number | boolean | null>): void
    setLocale(locale: Record<string, unknown>): void
    setGroupId(groupId: string | null): void
    restart(): void
    kill(): void
  }
  getters: Record<never, never>
  events: {
    newMessage: ChatraMessage
    analyticEvent: string
  }
}

// The stubs this provider installed: the real script replaces `window.Chatra` with its own function.
const stubs = new WeakSet<object>()
// The ChatraSetup objects that carry chatmount's hooks.
const hooked = new WeakSet<object>()
// The clientId a signIn bound, per load: every ChatraSetup made for that load carries it, until reset().
const signedIn = new WeakMap<ProviderContext, string>()

/** The visitor as Chatra's integration data: its fields, custom ones flattened in (no avatar). */
const integrationData = ({ name, email, phone, notes, custom }: Visitor): VendorCall => [
  'updateIntegrationData',
  compact({ name, email, phone, notes, ...custom }),
]

/**
 * `ChatraSetup` from these settings, with chatmount's hooks: callbacks are settings, not
 * subscriptions, so the app's own are wrapped and reported through ours.
 */
function setupWithHooks(ctx: ProviderContext<ChatraOptions>, settings: ChatraOptions) {
  const { integration: _integration, ...chatraSetup } = settings
  const clientId = signedIn.get(ctx)
  const setup = {
    ...chatraSetup,
    ...(clientId && { clientId }),
    onNewMessage(message: ChatraMessage) {
      settings.onNewMessage?.(message)
      ctx.emit('newMessage', message)
      const from =
        message?.type === 'client' ? 'visitor' : message?.type === 'bot' ? 'bot' : 'agent'
      ctx.emit('message', { from, text: message?.text ?? '', raw: message })
    },
    onAnalyticEvent(eventName: string) {
      settings.onAnalyticEvent?.(eventName)
      ctx.emit('analyticEvent', eventName)
    },
  }
  hooked.add(setup)
  return setup
}

/**
 * Chatra: settings and callbacks in `ChatraSetup`, calls once its script has run. Not through the
 * stub's `Chatra.q`: the real script replays what it took from that queue at every restart
 * (VENDORS.md, "What the real scripts do"), so an early `open()` would reopen the chat each time.
 */
export const chatra: ProviderDefinition<ChatraApi> = {
  name: 'chatra',
  token: vendor.token,
  scriptUrl: () => 'https://call.chatra.io/chatra.js',
  install(ctx) {
    const { window: w, token, options } = ctx
    w.ChatraID = token
    w.ChatraSetup = setupWithHooks(ctx, options)
    if (options.integration) w.ChatraIntegration = { ...options.integration }
    // The snippet's stub, which queues its arguments on `Chatra.q` (VENDORS.md: its documentation
    // shows the snippet only as "<!-- Chatra widget code -->").
    if (!w.Chatra) {
      w.Chatra = function Chatra(...args: unknown[]) {
        ;(w.Chatra.q ||= []).push(args)
      }
      stubs.add(w.Chatra)
    }
  },
  // Chatra's documentation, startHidden: "If set to true the widget starts hidden."
  startState: ({ options }) => (options.startHidden ? { visible: false } : undefined),
  // Chatra has no ready event: it is there once its script has replaced the stub (a script that
  // threw at its top level never does).
  hasStarted: ({ window: w }) => typeof w.Chatra == 'function' && !stubs.has(w.Chatra),
  // VENDORS.md, Chatra: the button shows with the class `chatra--visible` on `#chatra` (onRendered).
  button: '#chatra.chatra--visible',
  operations: {
    open: () => [['openChat', true]],
    close: () => [['minimizeWidget']],
    show: () => [['show']],
    hide: () => [['hide']],
    identify: (_, visitor) => [integrationData(visitor)],
    // Chatra's documentation, clientId: binds the chat to a user account; it "must be unique and
    // secret ... Do not use publicly known data such as user's ID, name, email". Set in
    // ChatraSetup, then a restart.
    signIn(ctx, visitor) {
      if (!visitor.token) return [integrationData(visitor)]
      signedIn.set(ctx, visitor.token)
      ctx.window.ChatraSetup = setupWithHooks(ctx, ctx.options)
      return [['restart'], integrationData(visitor)]
    },
    reset(ctx) {
      // A new anonymous visitor: no bound account, no integration data, settings re-read.
      signedIn.delete(ctx)
      const { integration: _integration, clientId: _clientId, ...settings } = ctx.options
      ctx.window.ChatraSetup = setupWithHooks(ctx, settings)
      delete ctx.window.ChatraIntegration
      return [['setIntegrationData', {}], ['restart']]
    },
    pageView: () => [['pageView']],
    // Chatra's documentation, restart: "Use it to update Chatra settings that can't be updated
    // using API methods": replace window.ChatraSetup, then Chatra('restart'). Ours keeps
    // chatmount's hooks and the signed-in visitor's clientId.
    updateOptions(ctx, settings) {
      ctx.window.ChatraSetup = setupWithHooks(ctx, settings)
      if (settings.integration) ctx.window.ChatraIntegration = { ...settings.integration }
      return [['restart']]
    },
  },
  capabilities: vendor.capabilities,
  call(ctx, call) {
    const { window: w } = ctx
    // A raw restart re-reads whatever ChatraSetup the app put there: give it chatmount's hooks back.
    if (call[0] == 'restart' && w.ChatraSetup && !hooked.has(w.ChatraSetup))
      w.ChatraSetup = setupWithHooks(ctx, w.ChatraSetup)
    // `window.Chatra` is a new function after each restart: never keep a reference to it.
    const result = w.Chatra(...call)
    // A restart is a fresh init: the widget is as its settings start it (minimized, hidden with
    // startHidden), whatever it was before.
    if (call[0] == 'restart') ctx.emit('restarted')
    return result
  },
  teardown: ({ window: w }) => w.Chatra?.('kill'),
  globals: ['Chatra', 'ChatraID', 'ChatraSetup', 'ChatraIntegration'],
  // Its real script keeps these in localStorage, or in 10-year cookies where localStorage throws
  // (VENDORS.md, "What the real scripts do").
  storage: {
    local: ['Chatra.*'],
    cookies: ['Chatra.*'],
  },
  elements: '#chatra',
}
