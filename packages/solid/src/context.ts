import { ChatError } from '@chatmount/core'
import { createContext, useContext } from 'solid-js'
import type { Chat } from './chat'

/** The chat a `<ChatProvider>` holds, for the components below it. */
export const ChatContext = createContext<Chat>()

/**
 * The chat of the nearest `<ChatProvider>`: core's client methods and `state()`, a signal. Throws a
 * `ChatError('config')` when there is none.
 */
export function useChat(): Chat {
  const chat = useContext(ChatContext)
  if (!chat) {
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? 'useChat() found no chat: put a <ChatProvider provider=… token=…> above this component.'
        : 'config: ChatProvider',
    )
  }
  return chat
}
