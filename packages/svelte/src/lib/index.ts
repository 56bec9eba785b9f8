export { setChat } from './setChat.svelte.js'
export type { ChatOptionsInput } from './setChat.svelte.js'
export { getChat, defaultChatKey } from './chatContext.js'
export type { ChatKey } from './chatContext.js'
export type { Chat } from './reactiveChat.svelte.js'
export { followChatRoutes } from './followChatRoutes.svelte.js'
export type { ChatRoutesOptions } from './followChatRoutes.svelte.js'
export { default as ChatLauncher } from './ChatLauncher.svelte'
export { ChatError, isChatError, defineProvider } from '@chatmount/core'
export type {
  ChatState,
  ChatStatus,
  CreateChatOptions,
  ProviderName,
  SignedInVisitor,
  Visitor,
} from '@chatmount/core'
