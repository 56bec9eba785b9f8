import {
  createChatHandle,
  type AnyProvider,
  type ChatHandle,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { computed, onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

/** Every `createChat` option, each one a plain value, a ref or a getter. */
export type ReactiveChatOptions<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  {
    [K in keyof CreateChatOptions<P>]: MaybeRefOrGetter<CreateChatOptions<P>[K]>
  }

/**
 * Own one chat for the life of the current effect scope (a component, or the plugin's scope),
 * following reactive options: core's handle decides what a change means (see
 * `ChatHandle.setOptions`). Invalid options throw a `ChatError('config')` right here.
 */
export function manageChat(options: ReactiveChatOptions): ChatHandle {
  const handle = createChatHandle()
  const current = computed(() => {
    const resolved: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(options)) resolved[name] = toValue(value)
    return resolved as unknown as CreateChatOptions<ProviderName | AnyProvider>
  })
  // At once, so a config error throws right here; then batched per tick (a provider and its token
  // change together), deep so a visitor edited in place is a change too.
  watch(current, (next) => handle.setOptions(next), { immediate: true, deep: true })
  onScopeDispose(() => handle.setOptions(null))
  return handle
}
