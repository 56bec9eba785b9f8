import type { ChatState } from '@chatmount/solid'
import { createEffect, For } from 'solid-js'
import { entries } from './eventLog'

/** The state as JSON (the error as its code), `status` on `<body data-status>`, and the event log. */
export function Panels(props: { state: ChatState | null }) {
  createEffect(() => {
    document.body.dataset.status = props.state?.status ?? 'none'
  })
  const shown = () => {
    const { state } = props
    return JSON.stringify(state ? { ...state, error: state.error?.code ?? null } : null, null, 2)
  }
  return (
    <div class="panels">
      <section>
        <h2>State</h2>
        <pre id="state" data-testid="state">
          {shown()}
        </pre>
      </section>
      <section>
        <h2>Events</h2>
        <ol id="event-log" data-testid="event-log">
          <For each={entries()}>
            {(entry) => (
              <li data-event={entry.kind}>
                <strong>{entry.kind}</strong> {entry.text}
              </li>
            )}
          </For>
        </ol>
      </section>
    </div>
  )
}
