// Chatra's webhooks land here (Chatra → Settings → Webhooks: https://your.app/api/chatra-webhook?secret=…).
import { chatraWebhook } from '@chatmount/server'
import { backOffice, RECEIVED_FROM, webhookSecret } from '../../../server/chatraBackOffice'

export const dynamic = 'force-dynamic'

export const POST = chatraWebhook({
  secret: webhookSecret,
  ignoreReceivedFrom: RECEIVED_FROM,
  onChatTranscript(transcript) {
    backOffice.transcripts.unshift(transcript)
    backOffice.transcripts.length = Math.min(backOffice.transcripts.length, 5)
  },
})
