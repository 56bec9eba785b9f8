// @chatmount/testing/server: the vendors' server side, emulated, for Node tests and demos.
export { createChatraApiEmulator } from './chatraApiEmulator'
export type {
  ChatraApiEmulator,
  ChatraApiEmulatorOptions,
  EmulatedChatraAgent,
  EmulatedChatraClient,
  EmulatedChatraMessage,
  EmulatedChatraRequest,
} from './chatraApiEmulator'
export { startChatraApi } from './startChatraApi'
export type { RunningChatraApi } from './startChatraApi'
export { serveOnLocalhost } from './serveOnLocalhost'
export type { LocalServer } from './serveOnLocalhost'
export { sendChatraWebhook } from './sendChatraWebhook'
export { chatraWebhookExamples } from './chatraWebhookExamples'
export type { ChatraWebhookExample } from './chatraWebhookExamples'
