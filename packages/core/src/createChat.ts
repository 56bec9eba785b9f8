import { ChatError } from './chatError'
import type { ChatClient } from './client'
import { createClient } from './createClient'
import type { AnyProvider, ApiOf } from './defineProvider'
import type { ChatOptions } from './options'
import { validateOptions } from './validateOptions'

/**
 * Create a chat for a provider object (a built-in one imported on its own, or a `defineProvider()`
 * result). Throws a `ChatError('config')` for invalid options, before touching the page.
 */
export function createChat<P extends AnyProvider>(options: ChatOptions<P>): ChatClient<ApiOf<P>> {
  if (typeof options?.provider === 'string') {
    throw new ChatError(
      'config',
      `Invalid option "provider": expected a provider object here, got "${options.provider}". Import createChat from "@chatmount/core" to use provider names.`,
    )
  }
  return createClient(options.provider, validateOptions(options))
}
