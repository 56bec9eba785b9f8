// The demo's panel: a page's own script beside the chat's tag. It writes the tag for the settings
// in the URL (as a site pastes it), talks to the chat only through `window.chatmount` (pushing
// calls, which run at once once the chat exists) and `chatmount:error`, and shows what happens.
import type { ChatCall, PageChat } from '@chatmount/element'
import {
  describeCapabilities,
  h,
  logEntry,
  providers,
  settingsFromUrl,
  strategies,
  supportWidget,
} from '@chatmount/e2e/demo'
import { demoTokens } from '@chatmount/testing'
import '@chatmount/e2e/demo.css'

const params = new URLSearchParams(location.search)
/** `?live` with a real token uses the vendor's own script; by default the emulators serve it. */
const live = params.has('live')
const initial = settingsFromUrl(params)
const operations = ['open', 'close', 'toggle', 'show', 'hide', 'reset', 'pageView'] as const

const push = (call: ChatCall | string, ...args: unknown[]) => {
  window.chatmount ??= []
  window.chatmount.push(typeof call == 'string' ? [call, ...args] : call)
}
const chat = () => (Array.isArray(window.chatmount) ? undefined : (window.chatmount as PageChat))

const providerSelect = h(
  'select',
  { id: 'provider', name: 'provider' },
  ...providers.map((name) => h('option', { value: name }, name)),
)
const tokenInput = h('input', {
  id: 'token',
  name: 'token',
  spellcheck: false,
  autocomplete: 'off',
})
const strategySelect = h(
  'select',
  { id: 'load', name: 'load' },
  ...strategies.map((name) => h('option', { value: name }, name)),
)
const consentInput = h('input', { id: 'consent', type: 'checkbox', checked: initial.consent })
const snippet = h('pre', { id: 'snippet' })
const stateView = h('pre', { id: 'state', dataset: { testid: 'state' } })
const log = h('ol', { id: 'event-log', dataset: { testid: 'event-log' } })
const configError = h('p', { id: 'config-error', role: 'alert' })
const capabilities = h('p', { id: 'capabilities' })
// The launchers are <chatmount-launcher> elements, defined by the tag's stub when it runs.
const launcher = (label: string, attributes: Record<string, string> = {}) => {
  const element = document.createElement('chatmount-launcher')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  element.append(label)
  return element
}

providerSelect.value = initial.provider
tokenInput.value = initial.token
strategySelect.value = initial.load

function write(kind: string, detail?: unknown) {
  log.prepend(
    h('li', { dataset: { event: kind } }, h('strong', {}, kind), ' ', logEntry(kind, detail).text),
  )
}

function render() {
  const state = chat()?.getState()
  stateView.textContent = JSON.stringify(
    state ? { ...state, error: state.error?.code ?? null } : null,
    null,
    2,
  )
  document.body.dataset.status = state?.status ?? 'none'
}

// Every error of the page's chat; prevented, so the panel shows it instead of the console.
document.addEventListener('chatmount:error', (event) => {
  event.preventDefault()
  const error = (event as CustomEvent<{ code: string; message: string }>).detail
  if (error.code == 'config') {
    configError.textContent = error.message
    write('config-error', error.message)
    render()
  } else write('error', `${error.code}: ${error.message}`)
})

/** The support team's page (`#/support`) has its own widget; the page heading says where one is. */
const onSupport = () => location.hash == `#${supportWidget.path}`
const pageHeading = h('h2', {})

/**
 * The chat's tag, as a site would paste it, for the settings in the form (and the URL's extras),
 * or on the support page the support team's widget.
 */
function tag(): HTMLScriptElement {
  const support = onSupport()
  const provider = support ? supportWidget.provider : providerSelect.value
  const script = document.createElement('script')
  script.async = true
  script.src = '/chatmount/chatmount.js'
  Object.assign(script.dataset, {
    provider,
    token: support ? supportWidget.token : tokenInput.value.trim(),
    load: strategySelect.value,
    ...(consentInput.checked ? {} : { consent: 'false' }),
    target: '#contact',
    ...(live ? {} : { scriptUrl: `/emulators/${provider}.js` }),
    ...(params.has('options') && !support ? { options: params.get('options')! } : {}),
    ...(params.has('timeout') ? { timeout: params.get('timeout')! } : {}),
  })
  return script
}

/** Replace the page's chat: the old one destroyed, a fresh tag for the new settings. */
function start() {
  // A destroyed chat can be replaced: calls queue for the new one until its tag has run.
  chat()?.destroy()
  if (chat()) window.chatmount = []
  document.querySelector('script[data-provider]')?.remove()
  configError.textContent = ''
  const script = tag()
  snippet.textContent = script.outerHTML.replace(/ data-/g, '\n  data-').replace('></', '>\n</')
  push((page) => {
    page.subscribe(render)
    capabilities.textContent = describeCapabilities(script.dataset.provider!, page.supports)
    render()
  })
  push('on', 'ready', () => write('ready'))
  push('on', 'open', () => write('open'))
  push('on', 'close', () => write('close'))
  push('on', 'message', (message: { from: string; text: string }) =>
    write('message', { from: message.from, text: message.text }),
  )
  push('on', 'unread', (count: number) => write('unread', count))
  write(
    'created',
    `${script.dataset.provider} · load: ${script.dataset.load}${live ? ' · live' : ' · emulated'}`,
  )
  document.body.append(script)
  render()
}

const button = (label: string, action: () => void) =>
  h('button', { type: 'button', onclick: action, dataset: { action: label } }, label)

const identifyForm = h(
  'form',
  {
    id: 'identify',
    onsubmit(event: Event) {
      event.preventDefault()
      const data = Object.fromEntries(new FormData(identifyForm)) as Record<string, string>
      push('identify', {
        name: data.name || undefined,
        email: data.email || undefined,
        phone: data.phone || undefined,
      })
      write('identify', data)
    },
  },
  h('label', {}, 'Name ', h('input', { name: 'name', autocomplete: 'name' })),
  h('label', {}, 'Email ', h('input', { name: 'email', type: 'email', autocomplete: 'email' })),
  h('label', {}, 'Phone ', h('input', { name: 'phone', type: 'tel', autocomplete: 'tel' })),
  h('button', { type: 'submit', dataset: { action: 'identify' } }, 'identify'),
)

document.getElementById('app')!.append(
  h(
    'header',
    {},
    h('h1', {}, 'chatmount'),
    h(
      'p',
      { className: 'mode' },
      live ? 'one script tag · live vendor scripts' : 'one script tag · emulated vendors · offline',
    ),
  ),
  h(
    'form',
    {
      id: 'setup',
      onsubmit(event: Event) {
        event.preventDefault()
        start()
      },
    },
    h('label', {}, 'Provider ', providerSelect),
    h('label', {}, 'Token ', tokenInput),
    h('label', {}, 'Load ', strategySelect),
    h('label', {}, consentInput, ' consent'),
    h('button', { type: 'submit', dataset: { action: 'create' } }, 'create chat'),
  ),
  configError,
  // By state, as a page without a router does it: the tag replaced, as on a route change.
  h(
    'section',
    { className: 'routes' },
    h(
      'nav',
      { ariaLabel: 'Demo routes' },
      h('a', { href: '#/' }, 'Home'),
      h('a', { href: `#${supportWidget.path}` }, 'Support'),
    ),
    pageHeading,
  ),
  h('section', { ariaLabel: 'The tag' }, h('h2', {}, 'The tag'), snippet),
  h(
    'section',
    { className: 'actions', ariaLabel: 'Chat methods' },
    button('load', () => push('load')),
    ...operations.map((op) =>
      button(op, () =>
        op === 'pageView'
          ? push('pageView', { url: location.href, title: document.title })
          : push(op),
      ),
    ),
    button('grant consent', () => push('setConsent', true)),
    button('revoke consent', () => push('setConsent', false)),
    button('retry', () => push('retry')),
    button('destroy', () => push('destroy')),
  ),
  identifyForm,
  h('div', { className: 'launcher-row' }, launcher('Chat with us'), capabilities),
  h(
    'div',
    { className: 'panels' },
    h('section', {}, h('h2', {}, 'State'), stateView),
    h('section', {}, h('h2', {}, 'Events'), log),
  ),
  h('div', { id: 'facade' }, launcher('💬', { 'give-way': '', 'aria-label': 'Chat' })),
  h(
    'footer',
    { id: 'contact' },
    'The visible strategy starts loading when this footer scrolls into view.',
  ),
)

let supportShown = onSupport()
pageHeading.textContent = supportShown ? 'Support' : 'Home'
window.addEventListener('hashchange', () => {
  pageHeading.textContent = onSupport() ? 'Support' : 'Home'
  if (onSupport() == supportShown) return
  supportShown = onSupport()
  start()
})

providerSelect.addEventListener('change', () => {
  tokenInput.value = demoTokens[providerSelect.value as keyof typeof demoTokens]
})
start()
