export { ChatWidget } from './ChatWidget'
export type { ChatWidgetProps } from './ChatWidget'
// In Next.js the provider is the widget: `<ChatProvider>` and `<ChatWidget>` both load through
// next/script and follow the router; wrap children in either to use the hooks below it.
export { ChatWidget as ChatProvider } from './ChatWidget'
export type { ChatWidgetProps as ChatProviderProps } from './ChatWidget'
export {
  ChatLauncher,
  useChat,
  useChatEvent,
  useChatState,
  ChatError,
  defineProvider,
  isChatError,
} from '@chatmount/react'
export type {
  AnyProvider,
  Capability,
  ChatClient,
  ChatErrorCode,
  ChatEventName,
  ChatEvents,
  ChatLauncherProps,
  ChatMessage,
  ChatState,
  ChatStatus,
  CreateChatOptions,
  LoadStrategy,
  PageView,
  SignedInVisitor,
  ProviderName,
  UseChatResult,
  Visitor,
} from '@chatmount/react'
