'use client'
import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'
import { ChatLauncher, useChat, useChatEvent, useChatState } from '@chatmount/next'
import { useCallback, useEffect, useState } from 'react'

const actions = ['load', 'open', 'close', 'toggle', 'show', 'hide', 'pageView', 'retry'] as const

/** The hooks at work: buttons for the chat's methods, its state, its events, and a launcher. */
export function ChatPanel() {
  const chat = useChat()
  const state = useChatState()
  const [entries, setEntries] = useState<LogEntry[]>([])
  const write = useCallback((kind: string, detail?: unknown) => {
    setEntries((current) => [logEntry(kind, detail), ...current].slice(0, LOG_LIMIT))
  }, [])
  useChatEvent('ready', () => write('ready'))
  useChatEvent('open', () => write('open'))
  useChatEvent('close', () => write('close'))
  useChatEvent('message', (message) => write('message', message.text))
  useChatEvent('unread', (count) => write('unread', String(count)))
  useChatEvent('error', (error) => write('error', `${error.code}: ${error.message}`))
  useEffect(() => {
    document.body.dataset.status = state.status
  }, [state.status])

  function run(action: (typeof actions)[number]) {
    // load and retry reject on failure: the error event already says so.
    if (action == 'load' || action == 'retry') chat[action]().catch(() => {})
    else if (action == 'pageView') chat.pageView({ url: location.href, title: document.title })
    else chat[action]()
  }

  return (
    <>
      <div className="actions">
        {actions.map((action) => (
          <button key={action} type="button" data-action={action} onClick={() => run(action)}>
            {action}
          </button>
        ))}
      </div>
      <div className="launcher-row">
        <ChatLauncher className="launcher">
          {({ status }) =>
            status == 'loading'
              ? 'Connecting…'
              : status == 'error'
                ? 'Chat unavailable · retry'
                : 'Chat with us'
          }
        </ChatLauncher>
      </div>
      <div className="panels">
        <section>
          <h2>State</h2>
          <pre data-testid="state">
            {JSON.stringify({ ...state, error: state.error?.code ?? null }, null, 2)}
          </pre>
        </section>
        <section>
          <h2>Events</h2>
          <ol data-testid="event-log">
            {entries.map((entry) => (
              <li key={entry.id} data-event={entry.kind}>
                <strong>{entry.kind}</strong> {entry.text}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  )
}
