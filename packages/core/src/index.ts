export { createChat, validateChatOptions } from './createChatByName'
export type { ClientFor, CreateChatOptions } from './createChatByName'
export { builtinProviders } from './builtinProviders'
export type { BuiltinProviders, ProviderName } from './builtinProviders'
export { defineProvider } from './defineProvider'
export { createChatHandle, initialState } from './chatHandle'
export type { ChatControls, ChatHandle } from './chatHandle'
export { createLauncher, GIVE_WAY_DELAY } from './launcher'
export type { Launcher, LauncherChat, LauncherOptions, LauncherState } from './launcher'
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
  Unsubscribe,
  Visitor,
} from './types'
export { raychat } from './providers/raychat'
export type { RaychatApi, RaychatOptions, RaychatUser, RaychatVisitorProfile, RaychatForm, RaychatEvent } from './providers/raychat'
export { chatra } from './providers/chatra'
export type { ChatraApi, ChatraOptions, ChatraMessage, ChatraColors } from './providers/chatra'
export { chaport } from './providers/chaport'
export type { ChaportApi, ChaportOptions, ChaportVisitorData, ChaportWidgetState } from './providers/chaport'
export { onwebchat } from './providers/onwebchat'
export type { OnWebChatApi, OnWebChatOptions, OnWebChatSettings } from './providers/onwebchat'
export { rayzing } from './providers/rayzing'
export type { RayzingApi } from './providers/rayzing'
