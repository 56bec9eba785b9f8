import { defineProvider } from '../defineProvider'
import { compact } from './compact'

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

/** Chatra: settings and callbacks in `ChatraSetup`, calls through its own `Chatra.q` queue. */
export const chatra = defineProvider<ChatraApi>({
  name: 'chatra',
  token: { pattern: /^[A-Za-z0-9]{8,40}$/, expected: 'a ChatraID (letters and digits)' },
  scriptUrl: () => 'https://call.chatra.io/chatra.js',
  vendorQueue: true,
  install(ctx) {
    const { window: w, token, options } = ctx
    w.ChatraID = token
    // Callbacks are settings, not subscriptions: wrap the app's own and report through ours.
    w.ChatraSetup = {
      ...options,
      onNewMessage(message: ChatraMessage) {
        options.onNewMessage?.(message)
        ctx.emit('newMessage', message)
        const from = message?.type === 'client' ? 'visitor' : message?.type === 'bot' ? 'bot' : 'agent'
        ctx.emit('message', { from, text: message?.text ?? '', raw: message })
      },
      onAnalyticEvent(eventName: string) {
        options.onAnalyticEvent?.(eventName)
        ctx.emit('analyticEvent', eventName)
      },
    }
    // The snippet's stub, which queues its arguments on `Chatra.q` (VENDORS.md: the seed shows the
    // snippet only as "<!-- Chatra widget code -->").
    if (!w.Chatra) {
      w.Chatra = function Chatra(...args: unknown[]) {
        ;(w.Chatra.q ||= []).push(args)
      }
      stubs.add(w.Chatra)
    }
  },
  // Seed, startHidden: "If set to true the widget starts hidden."
  startState: ({ options }) => (options.startHidden ? { visible: false } : undefined),
  // Chatra has no ready event: it is there once its script has replaced the stub (a script that
  // threw at its top level never does).
  hasStarted: ({ window: w }) => typeof w.Chatra == 'function' && !stubs.has(w.Chatra),
  operations: {
    open: () => [['openChat', true]],
    close: () => [['minimizeWidget']],
    show: () => [['show']],
    hide: () => [['hide']],
    identify: (_, { name, email, phone, notes, custom }) => [
      ['updateIntegrationData', compact({ name, email, phone, notes, ...custom })],
    ],
    reset({ window: w }) {
      // A new anonymous visitor: no bound account, no integration data, settings re-read.
      if (w.ChatraSetup) delete w.ChatraSetup.clientId
      return [['setIntegrationData', {}], ['restart']]
    },
    pageView: () => [['pageView']],
  },
  capabilities: ['events.message'],
  call: ({ window: w }, call) => w.Chatra(...call),
  teardown: ({ window: w }) => w.Chatra?.('kill'),
  globals: ['Chatra', 'ChatraID', 'ChatraSetup', 'ChatraIntegration'],
  elements: '#chatra',
})
