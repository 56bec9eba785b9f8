// The engine without the built-in providers: pair it with one provider imported on its own
// (`@chatmount/core/providers/chatra`) or your own `defineProvider()`: no table of providers by name.
export { createChatFromProvider as createChat } from './createChatFromProvider'
export { defineProvider } from './defineProvider'
export { ChatError, isChatError } from './chatError'
export type { ChatErrorCode } from './chatError'
export type { ChatClient, ChatEventPayload } from './client'
export type { ChatOptions, ScriptLoader, ScriptRequest } from './options'
export type {
  AnyProvider,
  ApiOf,
  ProviderApi,
  ProviderContext,
  ProviderDefinition,
  ProviderOperations,
  VendorCall,
  VendorWindow,
} from './defineProvider'
export type {
  Capability,
  ChatEventName,
  ChatEvents,
  ChatMessage,
  ChatState,
  ChatStatus,
  LoadStrategy,
  PageView,
  SignedInVisitor,
  Unsubscribe,
  Visitor,
} from './types'
