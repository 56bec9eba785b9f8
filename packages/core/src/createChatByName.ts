import { builtinProviders, type BuiltinProviders, type ProviderName } from './builtinProviders'
import { ChatError } from './chatError'
import type { ChatClient } from './client'
import { createChat as createChatWithProvider } from './createChat'
import type { AnyProvider, ApiOf } from './defineProvider'
import type { ChatOptions } from './options'

type Resolve<P> = P extends ProviderName ? BuiltinProviders[P] : P extends AnyProvider ? P : never

/** `createChat` options where `provider` may also be a built-in name; it defaults to `'raychat'`. */
export type CreateChatOptions<P extends ProviderName | AnyProvider = 'raychat'> = Omit<
  ChatOptions<Resolve<P>>,
  'provider'
> & { provider?: P }

/**
 * Create a chat. `provider` is a built-in name (`'raychat'` by default, `'chatra'`, `'chaport'`,
 * `'onwebchat'`, `'rayzing'`) or a `defineProvider()` result. Nothing touches the page until
 * the load strategy says so.
 */
export function createChat<P extends ProviderName | AnyProvider = 'raychat'>(
  options: CreateChatOptions<P>,
): ChatClient<ApiOf<Resolve<P>>> {
  const name = options?.provider ?? 'raychat'
  const provider = typeof name === 'string' ? builtinProviders[name as ProviderName] : name
  if (!provider) {
    throw new ChatError(
      'config',
      `Invalid option "provider": expected one of ${Object.keys(builtinProviders).join(', ')} or a defineProvider() result, got ${JSON.stringify(String(name).slice(0, 40))}.`,
    )
  }
  return createChatWithProvider({ ...options, provider } as ChatOptions<AnyProvider>) as ChatClient<ApiOf<Resolve<P>>>
}
