import { useCallback, useState } from 'react'

export interface LogEntry {
  id: number
  kind: string
  text: string
}

const LIMIT = 200
let nextId = 0

const entry = (kind: string, detail?: unknown): LogEntry => ({
  id: nextId++,
  kind,
  text: detail === undefined ? '' : typeof detail === 'string' ? detail : JSON.stringify(detail),
})

/** The event log, newest first, starting with `first`. `write` keeps its identity, so it is safe in effects. */
export function useEventLog(first?: { kind: string; detail?: unknown }) {
  const [entries, setEntries] = useState<LogEntry[]>(() =>
    first ? [entry(first.kind, first.detail)] : [],
  )
  const write = useCallback((kind: string, detail?: unknown) => {
    setEntries((current) => [entry(kind, detail), ...current].slice(0, LIMIT))
  }, [])
  return { entries, write }
}

export type WriteLog = ReturnType<typeof useEventLog>['write']
