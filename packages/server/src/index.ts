// @chatmount/server: the vendors' server-side parts, for Node and edge runtimes. Never for a page.
export { chaportUserToken, chaportVisitorHash } from './chaport'
export type { ChaportVisitorData } from './chaport'
export { chatraClientId } from './chatra'
export { phpJsonEncode } from './phpJsonEncode'

export { VendorApiError, isVendorApiError } from './vendorApiError'
export type { VendorApi, VendorApiErrorCode } from './vendorApiError'
export type { ApiOptions, CallOptions } from './vendorRequest'

export { createChatraApi } from './chatraApi'
export type {
  ChatraAgentMessageInput,
  ChatraApi,
  ChatraApiOptions,
  ChatraBasicInfoUpdate,
  ChatraMessages,
  ChatraPushedMessageInput,
} from './chatraApi'
export { chatraWebhook } from './chatraWebhook'
export type { ChatraWebhookOptions } from './chatraWebhook'
export type {
  ChatraAgent,
  ChatraBasicInfo,
  ChatraChatFragment,
  ChatraChatStarted,
  ChatraChatTranscript,
  ChatraClient,
  ChatraFile,
  ChatraMessage,
  ChatraViewedPage,
  ChatraWebhookEvent,
} from './chatraTypes'

export { createRayzingApi } from './rayzingApi'
export type {
  RayzingApi,
  RayzingApiOptions,
  RayzingChat,
  RayzingLead,
  RayzingLeadStatus,
} from './rayzingApi'
export { createRaychatSite } from './raychatApi'
export type { RaychatSite, RaychatSiteInput, RaychatSiteOptions } from './raychatApi'
