import { builtins, type LazyProvider } from './builtins'
import type { BuiltinProviders, ProviderName } from './builtinProviders'
import type { ChatClient } from './client'
import type { AnyProvider, ApiOf } from './defineProvider'
import { createFront } from './front'
import type { ChatOptions } from './options'
import { invalid, plainCopy, validateOptions } from './validateOptions'

type Resolve<P> = P extends ProviderName ? BuiltinProviders[P] : P extends AnyProvider ? P : never

/** The client type for a provider name or object: what `createChat` returns for it. */
export type ClientFor<P extends ProviderName | AnyProvider> = ChatClient<ApiOf<Resolve<P>>>

/** `createChat` options where `provider` may also be a built-in name; it defaults to `'raychat'`. */
export type CreateChatOptions<P extends ProviderName | AnyProvider = 'raychat'> = Omit<
  ChatOptions<Resolve<P>>,
  'provider'
> & { provider?: P }

/**
 * Create a chat. `provider` is a built-in name (`'raychat'` by default, `'chatra'`, `'chaport'`,
 * `'onwebchat'`, `'rayzing'`, `'crisp'`, `'tawk'`) or a `defineProvider()` result. Nothing touches the page until
 * the load strategy says so. What the page loads first is small: the engine that loads the vendor
 * and a built-in provider named here are chunks of their own, asked for as the chat is created (a
 * page downloads only the provider it uses), while the chat it returns keeps the calls made
 * meanwhile.
 */
export function createChat<P extends ProviderName | AnyProvider = 'raychat'>(
  options: CreateChatOptions<P>,
): ClientFor<P> {
  return createFront(
    validateOptions(withProvider(options) as ChatOptions<AnyProvider>),
  ) as ClientFor<P>
}

/**
 * Check options the way `createChat` does, without creating anything: throws the same
 * `ChatError('config')`. For adapters that must fail during render, before any effect runs.
 */
export function validateChatOptions(options: CreateChatOptions<ProviderName | AnyProvider>): void {
  validateOptions(withProvider(options) as ChatOptions<AnyProvider>)
}

function withProvider(input: CreateChatOptions<ProviderName | AnyProvider>) {
  // Read once, so that a getter or Proxy trap that throws is a config error naming its option.
  const options = plainCopy(input, '', 1)
  const name = options?.provider ?? 'raychat'
  const provider: AnyProvider | LazyProvider | undefined =
    typeof name == 'string' ? (builtins as Readonly<Record<string, LazyProvider>>)[name] : name
  if (!provider) {
    throw invalid(
      'provider',
      name,
      process.env.NODE_ENV != 'production' &&
        `one of ${Object.keys(builtins).join(', ')} or a defineProvider() result`,
    )
  }
  return { ...options, provider }
}
