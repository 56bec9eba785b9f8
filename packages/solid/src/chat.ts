import type { ChatControls, ChatHandle, ChatState } from '@chatmount/core'
import { createSignal, onCleanup, type Accessor } from 'solid-js'

/** A chat in a Solid app: the client's methods, and its state as a signal. */
export interface Chat extends ChatControls {
  /** `{ status, open, visible, unread, buttonShown, error }`, read reactively. */
  readonly state: Accessor<ChatState>
  getState(): ChatState
  subscribe: ChatHandle['subscribe']
}

/** Core's handle with its state as a signal, for as long as the owner lives. */
export function solidChat(handle: ChatHandle): Chat {
  const [state, setState] = createSignal(handle.getState())
  onCleanup(handle.subscribe(() => setState(handle.getState())))
  return Object.assign(Object.create(handle) as Chat, { state })
}
