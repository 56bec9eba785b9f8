import type { ChatHandle, ChatState } from '@chatmount/core'
import { getCurrentScope, onScopeDispose, shallowReadonly, shallowRef, type Ref } from 'vue'

/** The chat's state as a readonly ref, kept current until the calling scope ends. */
export function useChatStateRef(handle: ChatHandle): Readonly<Ref<ChatState>> {
  const state = shallowRef(handle.getState())
  const stop = handle.subscribe(() => (state.value = handle.getState()))
  if (getCurrentScope()) onScopeDispose(stop)
  return shallowReadonly(state)
}
