import type { ChatError } from './chatError'

export type ChatStatus = 'idle' | 'waiting' | 'loading' | 'ready' | 'error' | 'destroyed'

/** A snapshot of the chat. The same object is returned until something changes. */
export interface ChatState {
  readonly status: ChatStatus
  readonly open: boolean
  readonly visible: boolean
  /** Unread messages, or `null` where the vendor cannot tell. */
  readonly unread: number | null
  readonly error: ChatError | null
}

export type LoadStrategy = 'eager' | 'idle' | 'interaction' | 'visible' | 'manual'

export interface Visitor {
  name?: string
  email?: string
  phone?: string
  notes?: string
  avatar?: string
  /** Extra fields shown to agents, where the vendor supports them. */
  custom?: Record<string, string | number | boolean | null>
}

export interface PageView {
  url?: string
  title?: string
}

export interface ChatMessage {
  from: 'agent' | 'visitor' | 'bot'
  text: string
  /** What the vendor passed, untouched. */
  raw: unknown
}

/** The events every provider speaks, whatever the vendor calls them. */
export interface ChatEvents {
  ready: void
  open: void
  close: void
  message: ChatMessage
  unread: number
  error: ChatError
  state: ChatState
}

export type ChatEventName = keyof ChatEvents

/** What `supports()` can be asked. */
export type Capability =
  | 'open'
  | 'close'
  | 'toggle'
  | 'show'
  | 'hide'
  | 'identify'
  | 'reset'
  | 'pageView'
  | 'updateOptions'
  | 'unread'
  | 'events.open'
  | 'events.close'
  | 'events.message'
  | 'events.unread'

export type Unsubscribe = () => void
