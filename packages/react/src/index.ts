export { ChatProvider } from './ChatProvider'
export type { ChatProviderProps } from './ChatProvider'
export { ChatWidget } from './ChatWidget'
export type { ChatWidgetProps } from './ChatWidget'
export { ChatLauncher } from './ChatLauncher'
export { ChatRoutes } from './ChatRoutes'
export type { ChatRoutesProps } from './ChatRoutes'
export type { ChatLauncherProps } from './ChatLauncher'
export { useChat } from './useChat'
export type { UseChatResult } from './useChat'
export { useChatState } from './useChatState'
export { useChatEvent } from './useChatEvent'
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
