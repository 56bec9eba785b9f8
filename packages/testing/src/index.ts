export type {
  BootEmulator,
  BootOptions,
  EmulatorFault,
  EmulatedMessage,
  EmulatedPageView,
  EmulatedProvider,
  EmulatedVendor,
  VendorCall,
} from './types'
export { emulateVendors } from './emulateVendors'
export type { EmulateVendorsOptions, ScriptLoadMode, VendorEmulation } from './emulateVendors'
export { bootEmulator, emulatorRuns, injectEmulatorFault } from './boot'
export { emulatorFiles } from './files'
export { demoTokens } from './demoTokens'
export { bootRaychat } from './raychat'
export type { RaychatApi, RaychatUser } from './raychat'
export { bootChatra } from './chatra'
export type { ChatraFunction, ChatraMessage } from './chatra'
export { bootChaport } from './chaport'
export type { ChaportObject, ChaportTrigger, ChaportWidgetState } from './chaport'
export { bootOnWebChat } from './onwebchat'
export type { OnWebChatApi } from './onwebchat'
export { bootRayzing } from './rayzing'
export { bootCrisp } from './crisp'
export type { CrispObject } from './crisp'
export { bootTawk } from './tawk'
