export { createChat, validateChatOptions } from './createChat'
export type { ClientFor, CreateChatOptions } from './createChat'
export type { BuiltinProviders, ProviderName } from './builtinProviders'
export { defineProvider } from './defineProvider'
export { createChatHandle } from './chatHandle'
export { initialState } from './initialState'
export type { ChatControls, ChatHandle } from './chatHandle'
export { createLauncher, GIVE_WAY_DELAY } from './launcher'
export { readOptionsDeep } from './readOptionsDeep'
export type { Launcher, LauncherChat, LauncherOptions, LauncherState } from './launcher'
export { ChatError, isChatError } from './chatError'
export { rayzingPageUrl } from './rayzingPage'
export type { Fallback } from './fallback'
export type { ChatErrorCode, LoadFailure } from './chatError'
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
// The built-in providers' types; their code comes from `@chatmount/core/providers/<name>`, or
// loads by itself when a chat names the provider.
export type {
  RaychatApi,
  RaychatOptions,
  RaychatUser,
  RaychatVisitorProfile,
  RaychatForm,
  RaychatEvent,
} from './providers/raychat'
export type { ChatraApi, ChatraOptions, ChatraMessage, ChatraColors } from './providers/chatra'
export type {
  ChaportApi,
  ChaportOptions,
  ChaportVisitorData,
  ChaportWidgetState,
  ChaportTrigger,
} from './providers/chaport'
export type { OnWebChatApi, OnWebChatOptions, OnWebChatSettings } from './providers/onwebchat'
export type { RayzingApi } from './providers/rayzing'
export type { CrispApi, CrispMessage, CrispOptions } from './providers/crisp'
export type { TawkApi, TawkEvents, TawkOptions } from './providers/tawk'
