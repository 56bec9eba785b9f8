import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'
import { useCallback, useState } from 'react'

/** The event log, newest first, starting with `first`. `write` keeps its identity, so it is safe in effects. */
export function useEventLog(first?: { kind: string; detail?: unknown }) {
  const [entries, setEntries] = useState<LogEntry[]>(() =>
    first ? [logEntry(first.kind, first.detail)] : [],
  )
  const write = useCallback((kind: string, detail?: unknown) => {
    setEntries((current) => [logEntry(kind, detail), ...current].slice(0, LOG_LIMIT))
  }, [])
  return { entries, write }
}

export type WriteLog = ReturnType<typeof useEventLog>['write']

export type { LogEntry }
