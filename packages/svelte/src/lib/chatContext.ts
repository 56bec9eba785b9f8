import { ChatError } from '@chatmount/core'
import { getContext } from 'svelte'
import type { Chat } from './reactiveChat.svelte.js'

/** Names a chat in the component tree, when an app holds more than one. */
export type ChatKey = string | symbol

/** The key of the app's chat (`setChat(options)` without a key). */
export const defaultChatKey: unique symbol = Symbol('chatmount')

/**
 * The chat a parent component made with `setChat` (the root layout, usually), with its reactive
 * `state`. Throws a `ChatError('config')` when there is none.
 */
export function getChat(key: ChatKey = defaultChatKey): Chat {
  const chat = getContext<Chat | undefined>(key)
  if (!chat) {
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? 'getChat() found no chat: call setChat({ provider, token, … }) in a parent component (the root layout).'
        : 'config: setChat',
    )
  }
  return chat
}
