import { Injectable, signal } from '@angular/core'

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

/** The page's event log, newest first: it outlives every chat the page creates. */
@Injectable({ providedIn: 'root' })
export class EventLog {
  private readonly list = signal<readonly LogEntry[]>([])
  readonly entries = this.list.asReadonly()

  write(kind: string, detail?: unknown): void {
    this.list.update((current) => [entry(kind, detail), ...current].slice(0, LIMIT))
  }
}
