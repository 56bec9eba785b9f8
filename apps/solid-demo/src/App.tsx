// The root of the router: the setup form, the chat (re-created by each submit) and the routes.
import {
  settingsFromUrl,
  startOptions,
  supportWidget,
  type ChatSettings,
} from '@chatmount/e2e/demo'
import { ChatProvider } from '@chatmount/solid'
import { useLocation } from '@solidjs/router'
import { createSignal, ErrorBoundary, Show, type JSX } from 'solid-js'
import { ChatArea } from './ChatArea'
import { write } from './eventLog'
import { Panels } from './Panels'
import { SetupForm } from './SetupForm'

const params = new URLSearchParams(location.search)
/** `?live` with a real token uses the vendor's own script; by default the emulators serve it. */
const live = params.has('live')
const initial = settingsFromUrl(params)
/** Provider settings and a timeout from the URL, for the chat the page starts with. */
const extras = startOptions(params)
const describe = ({ provider, load }: ChatSettings) =>
  `${provider} · load: ${load}${live ? ' · live' : ' · emulated'}`

export function App(props: { children?: JSX.Element }) {
  const [settings, setSettings] = createSignal(initial)
  // Bumped by every submit of the setup form: a new key is a new chat (the old one is destroyed).
  const [generation, setGeneration] = createSignal(0)
  // Consent is a prop of <ChatProvider>: changing it grants or revokes without a new chat.
  const [consent, setConsent] = createSignal(initial.consent)
  write('created', describe(initial))
  // The Support page has the support team's own widget: new props, so the chat is re-created.
  const location = useLocation()
  const widget = () =>
    location.pathname === supportWidget.path
      ? supportWidget
      : { ...settings(), scriptUrl: `/emulators/${settings().provider}.js` }

  const create = (next: ChatSettings) => {
    setSettings(next)
    setConsent(next.consent)
    setGeneration(generation() + 1)
    write('created', describe(next))
  }

  return (
    <>
      <header>
        <h1>chatmount</h1>
        <p class="mode">Solid · {live ? 'live vendor scripts' : 'emulated vendors · offline'}</p>
      </header>
      <SetupForm initial={initial} onCreate={create} />
      <Show when={String(generation())} keyed>
        <ErrorBoundary
          fallback={(error) => {
            const message = error instanceof Error ? error.message : String(error)
            write('config-error', message)
            return (
              <>
                <p id="config-error" role="alert">
                  {message}
                </p>
                <Panels state={null} />
              </>
            )
          }}
        >
          <ChatProvider
            {...(generation() === 0 && widget() !== supportWidget ? extras : {})}
            provider={widget().provider}
            token={widget().token}
            load={settings().load}
            consent={consent()}
            target="#contact"
            scriptUrl={live ? undefined : widget().scriptUrl}
          >
            <ChatArea onConsent={setConsent}>{props.children}</ChatArea>
          </ChatProvider>
        </ErrorBoundary>
      </Show>
      <footer id="contact">
        The visible strategy starts loading when this footer scrolls into view.
      </footer>
    </>
  )
}
