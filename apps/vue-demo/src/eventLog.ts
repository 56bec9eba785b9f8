import { inject, provide, shallowReadonly, shallowRef, type InjectionKey, type Ref } from 'vue'

export interface LogEntry {
  id: number
  kind: string
  text: string
}

export type WriteLog = (kind: string, detail?: unknown) => void

export interface EventLog {
  /** Newest first. */
  entries: Readonly<Ref<readonly LogEntry[]>>
  write: WriteLog
}

const LIMIT = 200
let nextId = 0
const key: InjectionKey<EventLog> = Symbol('event log')

const entry = (kind: string, detail?: unknown): LogEntry => ({
  id: nextId++,
  kind,
  text: detail === undefined ? '' : typeof detail === 'string' ? detail : JSON.stringify(detail),
})

/** The page's event log, starting with `first`, for this component and every one below it. */
export function provideEventLog(first?: { kind: string; detail?: unknown }): EventLog {
  const entries = shallowRef<readonly LogEntry[]>(first ? [entry(first.kind, first.detail)] : [])
  const log: EventLog = {
    entries: shallowReadonly(entries),
    write(kind, detail) {
      entries.value = [entry(kind, detail), ...entries.value].slice(0, LIMIT)
    },
  }
  provide(key, log)
  return log
}

/** The event log an ancestor provided. */
export function useEventLog(): EventLog {
  const log = inject(key)
  if (!log) throw new Error('useEventLog() needs provideEventLog() in an ancestor')
  return log
}
