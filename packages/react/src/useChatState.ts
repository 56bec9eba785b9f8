import { initialState, type ChatState } from '@chatmount/core'
import { useCallback, useSyncExternalStore } from 'react'
import { useChatHandle } from './context'

const identity = (state: ChatState) => state

/**
 * The chat's state, or the part a selector picks. Re-renders only when the selected value changes
 * (compared with `Object.is`, so select primitives or stable parts).
 */
export function useChatState(): ChatState
export function useChatState<T>(selector: (state: ChatState) => T): T
export function useChatState<T>(selector: (state: ChatState) => T = identity as never): T {
  const handle = useChatHandle('useChatState')
  const select = useCallback(() => selector(handle.getState()), [handle, selector])
  return useSyncExternalStore(handle.subscribe, select, () => selector(initialState))
}
