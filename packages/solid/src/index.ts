export { ChatProvider } from './ChatProvider'
export type { ChatProviderProps } from './ChatProvider'
export { ChatLauncher } from './ChatLauncher'
export type { ChatLauncherProps } from './ChatLauncher'
export { ChatContext, useChat } from './context'
export type { Chat } from './chat'
export { useChatEvent } from './useChatEvent'
export { useChatRoutes } from './useChatRoutes'
export { ChatError, isChatError, defineProvider } from '@chatmount/core'
export type {
  ChatState,
  ChatStatus,
  CreateChatOptions,
  ProviderName,
  SignedInVisitor,
  Visitor,
} from '@chatmount/core'
export type { RouteLocation, RouteOptions } from '@chatmount/core/routes'
