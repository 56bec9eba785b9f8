import type { LogEntry } from './useEventLog'

/** One `<li data-event>` per entry, newest first. */
export function EventLog({ entries }: { entries: LogEntry[] }) {
  return (
    <section>
      <h2>Events</h2>
      <ol id="event-log" data-testid="event-log">
        {entries.map((entry) => (
          <li key={entry.id} data-event={entry.kind}>
            <strong>{entry.kind}</strong> {entry.text}
          </li>
        ))}
      </ol>
    </section>
  )
}
