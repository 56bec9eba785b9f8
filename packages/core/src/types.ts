import type { ChatError } from './chatError'

export type ChatStatus = 'idle' | 'waiting' | 'loading' | 'ready' | 'error' | 'destroyed'

/** A snapshot of the chat. The same object is returned until something changes. */
export interface ChatState {
  readonly status: ChatStatus
  readonly open: boolean
  readonly visible: boolean
  /** Unread messages, or `null` where the vendor cannot tell. */
  readonly unread: number | null
  /**
   * The vendor's own button (its launcher) is drawn in the page, or `null` where the provider
   * cannot tell (`supports('button')`). A launcher that gives way hands over when it is.
   */
  readonly buttonShown: boolean | null
  readonly error: ChatError | null
  /**
   * The vendor could not load and the chat has a `fallback`: `open()` (a launcher's click) takes
   * the visitor there now. A launcher says where it leads while this is true.
   */
  readonly fallback: boolean
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

/**
 * A visitor who signed in to the app, with what the app's server made for the vendor (never the
 * vendor's secret itself). Each vendor takes the part its documentation describes.
 */
export interface SignedInVisitor extends Visitor {
  /** The vendor's id for this person, stored by your server: Chaport's visitorId, Raychat's user id. */
  id?: string
  /** Made by your server: Chatra's clientId (a secret random string per user), Chaport's user token. */
  token?: string
  /** Chaport's visitorIntegrityHash of these visitor fields, made by your server. */
  hash?: string
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
  | 'identify.avatar'
  | 'identify.custom'
  | 'signIn'
  | 'reset'
  | 'pageView'
  | 'updateOptions'
  | 'unread'
  | 'button'
  | 'events.open'
  | 'events.close'
  | 'events.message'
  | 'events.unread'

export type Unsubscribe = () => void
