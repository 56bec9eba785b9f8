import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'

/** The page's event log, newest first: it outlives the chats the setup form re-creates. */
export const log = $state<{ entries: LogEntry[] }>({ entries: [] })

export function write(kind: string, detail?: unknown): void {
  log.entries = [logEntry(kind, detail), ...log.entries].slice(0, LOG_LIMIT)
}
