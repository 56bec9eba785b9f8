import { ChatLauncher, ChatProvider } from '@chatmount/react'
import { useState } from 'react'
import { Actions } from './Actions'
import { Capabilities } from './Capabilities'
import { ChatEvents } from './ChatEvents'
import { ConfigErrorBoundary } from './ConfigErrorBoundary'
import { DemoRoutes } from './DemoRoutes'
import { EventLog } from './EventLog'
import { IdentifyForm } from './IdentifyForm'
import {
  settingsFromUrl,
  startOptions,
  supportWidget,
  type ChatSettings,
} from '@chatmount/e2e/demo'
import { useLocation } from 'react-router'
import { SetupForm } from './SetupForm'
import { ChatStateView, StateView } from './StateView'
import { useEventLog } from './useEventLog'

const params = new URLSearchParams(location.search)
/** `?live` with a real token uses the vendor's own script; by default the emulators serve it. */
const live = params.has('live')
const initialSettings = settingsFromUrl(params)
/** Provider settings and a timeout from the URL, for the chat the page starts with. */
const extras = startOptions(params)

const describe = ({ provider, load }: ChatSettings) =>
  `${provider} · load: ${load}${live ? ' · live' : ' · emulated'}`

export function App() {
  const [settings, setSettings] = useState(initialSettings)
  // Bumped by every submit of the setup form.
  const [generation, setGeneration] = useState(0)
  const [consent, setConsent] = useState(initialSettings.consent)
  const { entries, write } = useEventLog({ kind: 'created', detail: describe(initialSettings) })
  // The Support page has the support team's own widget: new props, so the chat is re-created.
  const onSupport = useLocation().pathname === supportWidget.path

  function create(next: ChatSettings) {
    setSettings(next)
    setConsent(next.consent)
    setGeneration((current) => current + 1)
    write('created', describe(next))
  }

  return (
    <>
      <header>
        <h1>chatmount</h1>
        <p className="mode">
          React · {live ? 'live vendor scripts' : 'emulated vendors · offline'}
        </p>
      </header>
      <SetupForm initial={initialSettings} onCreate={create} />
      {/* The key clears a config error shown for the previous settings. */}
      <ConfigErrorBoundary
        key={generation}
        onConfigError={(message) => write('config-error', message)}
        fallback={(message) => (
          <>
            <p id="config-error" role="alert">
              {message}
            </p>
            <div className="panels">
              <StateView state={null} />
              <EventLog entries={entries} />
            </div>
          </>
        )}
      >
        {/* A new key is a new chat: the old one is destroyed as it unmounts. */}
        <ChatProvider
          {...(generation === 0 && !onSupport ? extras : {})}
          key={generation}
          provider={onSupport ? supportWidget.provider : settings.provider}
          token={onSupport ? supportWidget.token : settings.token}
          load={settings.load}
          consent={consent}
          target="#contact"
          scriptUrl={
            live
              ? undefined
              : onSupport
                ? supportWidget.scriptUrl
                : `/emulators/${settings.provider}.js`
          }
        >
          <ChatEvents write={write} />
          <DemoRoutes />
          <Actions onConsent={setConsent} />
          <IdentifyForm write={write} />
          <div className="launcher-row">
            <ChatLauncher className="launcher">
              {(state) =>
                state.status === 'loading'
                  ? 'Connecting…'
                  : state.status === 'error'
                    ? 'Chat unavailable · retry'
                    : 'Chat with us'
              }
            </ChatLauncher>
            <Capabilities />
          </div>
          <div className="panels">
            <ChatStateView />
            <EventLog entries={entries} />
          </div>
          <div id="facade">
            <ChatLauncher giveWay aria-label="Chat">
              💬
            </ChatLauncher>
          </div>
        </ChatProvider>
      </ConfigErrorBoundary>
      <footer id="contact">
        The visible strategy starts loading when this footer scrolls into view.
      </footer>
    </>
  )
}
