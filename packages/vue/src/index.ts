export { chatPlugin } from './chatPlugin'
export type { ChatPluginOptions } from './chatPlugin'
export { chatRoutes, useChatRoutes } from './chatRoutes'
export type { ChatRouter, ChatRoutesOptions } from './chatRoutes'
export { useChat } from './useChat'
export type { UseChatResult, UseChatReturn } from './useChat'
export { useChatEvent } from './useChatEvent'
export { ChatWidget } from './ChatWidget'
export { ChatLauncher } from './ChatLauncher'
export { manageChat } from './manageChat'
export type { ReactiveChatOptions } from './manageChat'
export { defaultChatKey } from './chatKey'
export type { ChatKey } from './chatKey'
// What apps need from the core, so they install one package.
export { ChatError, defineProvider, isChatError } from '@chatmount/core'
export type {
  AnyProvider,
  Capability,
  ChatClient,
  ChatErrorCode,
  ChatEventName,
  ChatEvents,
  ChatMessage,
  ChatState,
  ChatStatus,
  CreateChatOptions,
  LoadStrategy,
  PageView,
  ProviderName,
  SignedInVisitor,
  Visitor,
} from '@chatmount/core'
