import type { AnyProvider, ChatState, ClientFor, ProviderName } from '@chatmount/core'
import { useMemo } from 'react'
import { useChatHandle } from './context'
import { useChatState } from './useChatState'

export type UseChatResult<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> = Omit<
  ClientFor<P>,
  'getState' | 'subscribe'
> & { state: ChatState }

/**
 * The chat's methods and its current state. Calls made before the chat exists are kept and
 * handed to it in order. Pass the provider as a type argument for typed `call`, `get` and `on`:
 * `useChat<'chatra'>()`.
 */
export function useChat<
  P extends ProviderName | AnyProvider = ProviderName | AnyProvider,
>(): UseChatResult<P> {
  const handle = useChatHandle('useChat')
  const state = useChatState()
  return useMemo(() => {
    const {
      getState: _getState,
      subscribe: _subscribe,
      setOptions: _setOptions,
      ...controls
    } = handle
    return { ...controls, state }
  }, [handle, state]) as unknown as UseChatResult<P>
}
