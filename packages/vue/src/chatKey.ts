import { ChatError, type ChatHandle } from '@chatmount/core'
import { inject, type InjectionKey } from 'vue'

/** Names a chat when an app holds more than one; without a key, the app's one chat. */
export type ChatKey = string | InjectionKey<ChatHandle>

export const defaultChatKey: InjectionKey<ChatHandle> = Symbol('chatmount')

/** The chat provided under `key`; a clear error where there is none. */
export function injectChat(key: ChatKey = defaultChatKey, caller = 'useChat'): ChatHandle {
  const handle = inject(key, null)
  if (!handle) {
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? `${caller}() found no chat${typeof key == 'string' ? ` named "${key}"` : ''}: install it with app.use(chatPlugin, { token }) or render inside <ChatWidget>.`
        : `config: ${caller} found no chat`,
    )
  }
  return handle
}
