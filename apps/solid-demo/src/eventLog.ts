import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'
import { createSignal } from 'solid-js'

/** The page's event log, newest first: it outlives the chats the setup form re-creates. */
const [entries, setEntries] = createSignal<LogEntry[]>([])
export { entries }

export function write(kind: string, detail?: unknown): void {
  setEntries((current) => [logEntry(kind, detail), ...current].slice(0, LOG_LIMIT))
}
