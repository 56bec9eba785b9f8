import type { ChatControls, ChatHandle, ChatState } from '@chatmount/core'
import { createSubscriber } from 'svelte/reactivity'

/** A chat in a Svelte app: the client's methods, and its `state`, read reactively. */
export interface Chat extends ChatControls {
  /** `{ status, open, visible, unread, buttonShown, error }`: reading it in a template or an effect follows it. */
  readonly state: ChatState
  getState(): ChatState
  subscribe: ChatHandle['subscribe']
}

/** Core's handle with a `state` that follows the chat while something reads it. */
export function reactiveChat(handle: ChatHandle): Chat {
  const track = createSubscriber((update) => handle.subscribe(update))
  return Object.defineProperty(Object.create(handle) as Chat, 'state', {
    get() {
      track()
      return handle.getState()
    },
    enumerable: true,
  })
}
