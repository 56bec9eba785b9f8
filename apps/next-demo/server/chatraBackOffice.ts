// The demo's server side of Chatra, offline: an emulated Chatra API mounted at
// /emulated/chatra/api/, the transcripts its webhook received, and the demo's secrets. Real apps
// read these from the environment (CHATRA_PUBLIC_KEY, …) and talk to https://app.chatra.io/api/.
import { chatraClientId, createChatraApi, type ChatraChatTranscript } from '@chatmount/server'
import { createChatraApiEmulator, type ChatraApiEmulator } from '@chatmount/testing/server'

/** In the webhook URL you give Chatra: `…/api/chatra-webhook?secret=…`. */
export const webhookSecret =
  process.env.CHATRA_WEBHOOK_SECRET ?? 'demo-webhook-secret-not-for-production'
const clientIdSecret =
  process.env.CHATRA_CLIENT_SECRET ?? 'demo-client-id-secret-not-for-production'
/** Marks what the demo sends, so its own messages never come back through the webhook. */
export const RECEIVED_FROM = 'chatmount-next-demo'

interface BackOffice {
  emulator: ChatraApiEmulator
  transcripts: ChatraChatTranscript[]
}

// One per server process: route handlers and server actions are bundled apart, and must share it.
const shared = globalThis as typeof globalThis & { __chatmountBackOffice?: BackOffice }
export const backOffice: BackOffice = (shared.__chatmountBackOffice ??= {
  emulator: createChatraApiEmulator(),
  transcripts: [],
})

/** The signed-in demo user's Chatra clientId: stable, secret, made on the server. */
export const demoClientId = () => chatraClientId(clientIdSecret, 'demo-user-42')

/** The REST client: against the emulated API of the server that serves this request, unless CHATRA_API_URL says otherwise. */
export function chatraApi(origin: string) {
  return createChatraApi({
    publicKey: process.env.CHATRA_PUBLIC_KEY ?? backOffice.emulator.publicKey,
    secretKey: process.env.CHATRA_SECRET_KEY ?? backOffice.emulator.secretKey,
    baseUrl: process.env.CHATRA_API_URL ?? `${origin}/emulated/chatra/api/`,
    receivedFrom: RECEIVED_FROM,
  })
}
