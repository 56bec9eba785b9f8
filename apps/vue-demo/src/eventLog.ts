import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'
import { inject, provide, shallowReadonly, shallowRef, type InjectionKey, type Ref } from 'vue'

export type WriteLog = (kind: string, detail?: unknown) => void

export interface EventLog {
  /** Newest first. */
  entries: Readonly<Ref<readonly LogEntry[]>>
  write: WriteLog
}

const key: InjectionKey<EventLog> = Symbol('event log')

/** The page's event log, starting with `first`, for this component and every one below it. */
export function provideEventLog(first?: { kind: string; detail?: unknown }): EventLog {
  const entries = shallowRef<readonly LogEntry[]>(first ? [logEntry(first.kind, first.detail)] : [])
  const log: EventLog = {
    entries: shallowReadonly(entries),
    write(kind, detail) {
      entries.value = [logEntry(kind, detail), ...entries.value].slice(0, LOG_LIMIT)
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
