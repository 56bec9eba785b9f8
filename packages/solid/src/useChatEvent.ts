import type { ChatEventName, ChatEvents } from '@chatmount/core'
import { onCleanup } from 'solid-js'
import { useChat } from './context'

/** Listen to a chat event for as long as the component lives (it follows the chat if re-created). */
export function useChatEvent<E extends ChatEventName>(
  name: E,
  handler: (payload: ChatEvents[E]) => void,
): void {
  onCleanup(useChat().on(name, handler))
}
