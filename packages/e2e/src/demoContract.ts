/**
 * What every demo app puts in its page, so one set of checks drives them all (see README.md).
 * Selectors only: the checks never depend on a framework's markup beyond these.
 */
export const selectors = {
  provider: 'select#provider',
  token: 'input#token',
  load: 'select#load',
  create: 'button[data-action="create"]',
  /** Where invalid options (a ChatError with code `config`) are shown instead of a chat. */
  configError: '#config-error[role="alert"]',
  action: (operation: DemoAction) => `button[data-action="${operation}"]`,
  identifyForm: 'form#identify',
  state: '[data-testid="state"]',
  eventLog: 'ol[data-testid="event-log"]',
  event: (name: string) => `ol[data-testid="event-log"] > li[data-event="${name}"]`,
  /** The inline launcher, a button in the page ("Chat with us"). */
  launcher: '.launcher-row button[data-chat-launcher]',
  /** The facade: a launcher with `giveWay`, placed where the vendor's own button appears. */
  facade: '#facade button[data-chat-launcher]',
  vendorScript: 'script[data-chatmount]',
} as const

export type DemoAction =
  | 'open'
  | 'close'
  | 'toggle'
  | 'show'
  | 'hide'
  | 'reset'
  | 'pageView'
  | 'load'
  | 'retry'
  | 'destroy'
  | 'identify'

export type DemoProvider = 'raychat' | 'chatra' | 'chaport' | 'onwebchat' | 'rayzing'

export interface ProviderTraits {
  /** open, close (and the launcher's open) reach the vendor. */
  open: boolean
  identify: boolean
  /** The vendor reports agent messages, so they become `message` events. */
  messages: boolean
}

/** What each built-in provider can do, as the README's table says. */
export const demoProviders: Record<DemoProvider, ProviderTraits> = {
  raychat: { open: true, identify: true, messages: true },
  chatra: { open: true, identify: true, messages: true },
  chaport: { open: true, identify: true, messages: false },
  onwebchat: { open: true, identify: true, messages: false },
  rayzing: { open: false, identify: false, messages: false },
}

/** The chat state as the demo shows it: the core's state with `error` reduced to its code. */
export interface ShownState {
  status: string
  open: boolean
  visible: boolean
  unread: number | null
  error: string | null
}
