export { provideChat } from './provideChat'
export { ChatModule } from './chat.module'
export { ChatService } from './chat.service'
export type { ChatEvent } from './chat.service'
export { ChatLauncher } from './chat-launcher.component'
export { CHAT_OPTIONS } from './chatOptions'
export type { ChatConfig } from './chatOptions'
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
