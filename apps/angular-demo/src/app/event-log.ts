import { LOG_LIMIT, logEntry, type LogEntry } from '@chatmount/e2e/demo'
import { Injectable, signal } from '@angular/core'

/** The page's event log, newest first: it outlives every chat the page creates. */
@Injectable({ providedIn: 'root' })
export class EventLog {
  private readonly list = signal<readonly LogEntry[]>([])
  readonly entries = this.list.asReadonly()

  write(kind: string, detail?: unknown): void {
    this.list.update((current) => [logEntry(kind, detail), ...current].slice(0, LOG_LIMIT))
  }
}

export type { LogEntry }
