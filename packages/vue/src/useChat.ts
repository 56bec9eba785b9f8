import type {
  AnyProvider,
  ChatError,
  ChatState,
  ChatStatus,
  ClientFor,
  ProviderName,
} from '@chatmount/core'
import { computed, type ComputedRef, type Ref } from 'vue'
import { injectChat, type ChatKey } from './chatKey'
import { useChatStateRef } from './useChatState'

export type UseChatResult<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> = Omit<
  ClientFor<P>,
  'getState' | 'subscribe'
> & {
  /** The whole state snapshot. */
  state: Readonly<Ref<ChatState>>
  status: ComputedRef<ChatStatus>
  /** Whether the chat window is open (`open` itself is the method that opens it). */
  isOpen: ComputedRef<boolean>
  visible: ComputedRef<boolean>
  unread: ComputedRef<number | null>
  error: ComputedRef<ChatError | null>
}

/**
 * The chat's methods and its state as readonly refs, for the app's chat (or the one named `key`).
 * Calls made before the vendor is ready are kept and replayed. Pass the provider as a type
 * argument for typed `call`, `get` and `on`: `useChat<'chatra'>()`.
 */
export function useChat<P extends ProviderName | AnyProvider = ProviderName | AnyProvider>(
  key?: ChatKey,
): UseChatResult<P> {
  const handle = injectChat(key, 'useChat')
  const state = useChatStateRef(handle)
  const {
    getState: _getState,
    subscribe: _subscribe,
    setOptions: _setOptions,
    ...controls
  } = handle
  return {
    ...controls,
    state,
    status: computed(() => state.value.status),
    isOpen: computed(() => state.value.open),
    visible: computed(() => state.value.visible),
    unread: computed(() => state.value.unread),
    error: computed(() => state.value.error),
  } as unknown as UseChatResult<P>
}

/** @deprecated The same type under the name React's package uses too: `UseChatResult`. */
export type UseChatReturn<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  UseChatResult<P>
