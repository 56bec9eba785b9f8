// What every demo page shares besides its DOM contract (README.md): the settings it reads from
// the URL, the capabilities it lists and the shape of an event-log entry. Plain JavaScript, with
// types in demo.d.ts, so every demo's build (Vite, the Angular CLI) takes it as it is.
import { vendors } from '@chatmount/core/vendors'

import { demoTokens } from '@chatmount/testing'

export const providers = Object.keys(vendors)
export const strategies = ['eager', 'idle', 'interaction', 'visible', 'manual']

const pick = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback)

/** `?provider=…&load=…&token=…&consent=false`, with the emulators' demo tokens by default. */
export function settingsFromUrl(params) {
  const provider = pick(params.get('provider'), providers, 'raychat')
  return {
    provider,
    token: params.get('token') ?? demoTokens[provider],
    load: pick(params.get('load'), strategies, 'manual'),
    consent: params.get('consent') !== 'false',
  }
}

/**
 * `?options=<json>` (the provider's settings) and `?timeout=<ms>`, for the chat the page starts
 * with. Options that are not JSON are passed as the string, so the page shows the config error.
 */
export function startOptions(params) {
  const extras = {}
  const options = params.get('options')
  if (options !== null) {
    try {
      extras.options = JSON.parse(options)
    } catch {
      extras.options = options
    }
  }
  if (params.has('timeout')) extras.timeout = Number(params.get('timeout'))
  return extras
}

const shownCapabilities = [
  'open',
  'close',
  'toggle',
  'show',
  'hide',
  'reset',
  'pageView',
  'identify',
  'unread',
  'events.open',
  'events.message',
]

/** "chatra supports: open, close, …", from what `supports()` answers. */
export function describeCapabilities(provider, supports) {
  return `${provider} supports: ${shownCapabilities.filter(supports).join(', ') || 'no browser API'}`
}

/** The log keeps the newest entries, first. */
export const LOG_LIMIT = 200
let nextId = 0

/** One event-log line: the event's name and its detail as text. */
export function logEntry(kind, detail) {
  const text =
    detail === undefined ? '' : typeof detail === 'string' ? detail : JSON.stringify(detail)
  return { id: nextId++, kind, text }
}

/** The routes of every framework demo: the chat lives above them, so it survives navigation. */
export const demoRoutes = [
  { path: '/', name: 'Home' },
  { path: '/pricing', name: 'Pricing' },
  { path: '/checkout', name: 'Checkout' },
  { path: '/support', name: 'Support' },
]

/**
 * The support team's own widget, on the Support page: a site with two teams, two vendors (or two
 * tokens). Switching to it by route leaves one vendor in the page, and coming back, the first.
 */
export const supportWidget = {
  path: '/support',
  provider: 'raychat',
  token: demoTokens.raychat,
  scriptUrl: '/emulators/raychat.js',
}

/** Where the demos hide the widget: a checkout keeps the visitor on task. */
export const demoHideOn = ['/checkout']

/** Build an element with DOM APIs only (text is always text, never HTML): the plain-DOM demos' `h`. */
export function h(tag, props = {}, ...children) {
  const { dataset, ...rest } = props
  const element = Object.assign(globalThis.document.createElement(tag), rest)
  if (dataset) Object.assign(element.dataset, dataset)
  element.append(...children)
  return element
}
