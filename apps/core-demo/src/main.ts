import {
  createChat,
  isChatError,
  type ChatClient,
  type LoadStrategy,
  type ProviderName,
} from '@chatmount/core'
import {
  describeCapabilities,
  h,
  logEntry,
  providers,
  settingsFromUrl,
  startOptions,
  strategies,
} from '@chatmount/e2e/demo'
import { demoTokens } from '@chatmount/testing'
import '@chatmount/e2e/demo.css'

const params = new URLSearchParams(location.search)
/** `?live` with a real token uses the vendor's own script; by default the emulators serve it. */
const live = params.has('live')
const initial = settingsFromUrl(params)
/** Provider settings and a timeout from the URL, for the chat the page starts with; then gone. */
let extras = startOptions(params)
const operations = ['open', 'close', 'toggle', 'show', 'hide', 'reset', 'pageView'] as const

let chat: ChatClient<any> | undefined
let stopWatching: Array<() => void> = []

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
const stateView = h('pre', { id: 'state', dataset: { testid: 'state' } })
const capabilitiesView = h('p', { id: 'capabilities' })
const log = h('ol', { id: 'event-log', dataset: { testid: 'event-log' } })
const configError = h('p', { id: 'config-error', role: 'alert' })
const footer = h(
  'footer',
  { id: 'contact' },
  'The visible strategy starts loading when this footer scrolls into view.',
)

providerSelect.value = initial.provider
tokenInput.value = initial.token
strategySelect.value = initial.load

function write(kind: string, detail?: unknown) {
  log.prepend(
    h('li', { dataset: { event: kind } }, h('strong', {}, kind), ' ', logEntry(kind, detail).text),
  )
}

function render() {
  const state = chat?.getState()
  stateView.textContent = JSON.stringify(
    state ? { ...state, error: state.error?.code ?? null } : null,
    null,
    2,
  )
  document.body.dataset.status = state?.status ?? 'none'
}

function start() {
  stopWatching.forEach((stop) => stop())
  chat?.destroy()
  chat = undefined
  configError.textContent = ''
  const provider = providerSelect.value as ProviderName
  try {
    chat = createChat({
      ...extras,
      provider,
      token: tokenInput.value.trim(),
      load: strategySelect.value as LoadStrategy,
      consent: consentInput.checked,
      target: footer,
      scriptUrl: live ? undefined : `/emulators/${provider}.js`,
    })
    extras = {}
  } catch (error) {
    extras = {}
    // Bad input is a ChatError('config') naming the option: show it, add nothing to the page.
    configError.textContent = isChatError(error) ? error.message : String(error)
    write('config-error', configError.textContent)
    render()
    return
  }
  const client = chat
  stopWatching = [
    client.subscribe(render),
    client.on('ready', () => write('ready')),
    client.on('open', () => write('open')),
    client.on('close', () => write('close')),
    client.on('message', (message) => write('message', { from: message.from, text: message.text })),
    client.on('unread', (count) => write('unread', count)),
    client.on('error', (error) => write('error', `${error.code}: ${error.message}`)),
  ]
  capabilitiesView.textContent = describeCapabilities(provider, client.supports)
  write('created', `${provider} · load: ${strategySelect.value}${live ? ' · live' : ' · emulated'}`)
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
      try {
        chat?.identify({
          name: data.name || undefined,
          email: data.email || undefined,
          phone: data.phone || undefined,
        })
        write('identify', data)
      } catch (error) {
        write('config-error', (error as Error).message)
      }
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
    h('p', { className: 'mode' }, live ? 'live vendor scripts' : 'emulated vendors · offline'),
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
  h(
    'section',
    { className: 'actions', ariaLabel: 'Chat methods' },
    button('load', () => chat?.load().catch(() => {})),
    ...operations.map((op) =>
      button(op, () =>
        op === 'pageView'
          ? chat?.pageView({ url: location.href, title: document.title })
          : chat?.[op](),
      ),
    ),
    button('grant consent', () => chat?.setConsent(true)),
    button('revoke consent', () => chat?.setConsent(false)),
    button('retry', () => chat?.retry().catch(() => {})),
    button('destroy', () => chat?.destroy()),
  ),
  identifyForm,
  capabilitiesView,
  h(
    'div',
    { className: 'panels' },
    h('section', {}, h('h2', {}, 'State'), stateView),
    h('section', {}, h('h2', {}, 'Events'), log),
  ),
  footer,
)

providerSelect.addEventListener('change', () => {
  tokenInput.value = demoTokens[providerSelect.value as ProviderName]
})
start()
