import type { ChatEventName, ChatEvents } from '@chatmount/core'
import { getCurrentScope, onScopeDispose } from 'vue'
import { injectChat, type ChatKey } from './chatKey'

/** Call `handler` on every `name` event until the calling scope (component, effectScope) ends. */
export function useChatEvent<E extends ChatEventName | (string & {})>(
  name: E,
  handler: (payload: E extends ChatEventName ? ChatEvents[E] : unknown) => void,
  key?: ChatKey,
): () => void {
  const stop = injectChat(key, 'useChatEvent').on(name as never, handler as never)
  if (getCurrentScope()) onScopeDispose(stop)
  return stop
}
