import { InjectionToken } from '@angular/core'
import type { AnyProvider, CreateChatOptions, ProviderName } from '@chatmount/core'

/**
 * What `provideChat()` and `ChatModule.forRoot()` take: every `createChat` option, or a function
 * returning them, run in an injection context (so it may `inject()` the app's configuration).
 */
export type ChatConfig<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  CreateChatOptions<P> | (() => CreateChatOptions<P>)

/** The options the app's `ChatService` is created from; set by `provideChat()`. */
export const CHAT_OPTIONS = new InjectionToken<ChatConfig>('chatmount options')
