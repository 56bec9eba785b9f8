import { vendors, type VendorName } from '@chatmount/core/vendors'

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

export type DemoProvider = VendorName

export interface ProviderTraits {
  /** open, close (and the launcher's open) reach the vendor. */
  open: boolean
  identify: boolean
  /** The vendor reports agent messages, so they become `message` events. */
  messages: boolean
}

/** What each built-in provider can do, from its description (the README's table says the same). */
export const demoProviders = Object.fromEntries(
  Object.entries(vendors).map(([name, { vendor }]) => [
    name,
    {
      open: vendor.capabilities.includes('open'),
      identify: vendor.capabilities.includes('identify'),
      messages: vendor.capabilities.includes('events.message'),
    },
  ]),
) as Record<DemoProvider, ProviderTraits>

/** The chat state as the demo shows it: the core's state with `error` reduced to its code. */
export interface ShownState {
  status: string
  open: boolean
  visible: boolean
  unread: number | null
  error: string | null
}
