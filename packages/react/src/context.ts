import { ChatError, type ChatHandle } from '@chatmount/core'
import { createContext, useContext } from 'react'

export const ChatContext = createContext<ChatHandle | null>(null)

/** The chat of the nearest `<ChatProvider>`; a clear error where there is none. */
export function useChatHandle(hook: string): ChatHandle {
  const handle = useContext(ChatContext)
  if (!handle) {
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? `${hook}() must be used inside <ChatProvider>: wrap the part of the app that uses chat in it.`
        : `config: ${hook} outside ChatProvider`,
    )
  }
  return handle
}
