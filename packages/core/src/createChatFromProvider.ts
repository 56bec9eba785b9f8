import type { ChatClient } from './client'
import type { AnyProvider, ApiOf } from './defineProvider'
import { createFront } from './front'
import type { ChatOptions } from './options'
import { validateOptions } from './validateOptions'

/**
 * Create a chat for a provider object (a built-in one imported on its own, or a `defineProvider()`
 * result): what `@chatmount/core/base` exports as `createChat`, without the table of providers by
 * name. Throws a `ChatError('config')` for invalid options, before touching the page. As with
 * `createChat` by name, the engine is a chunk of its own, asked for as the chat is created.
 */
export function createChatFromProvider<P extends AnyProvider>(
  options: ChatOptions<P>,
): ChatClient<ApiOf<P>> {
  return createFront(validateOptions(options))
}
