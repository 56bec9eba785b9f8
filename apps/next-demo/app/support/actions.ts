'use server'
import { isVendorApiError } from '@chatmount/server'
import { sendChatraWebhook } from '@chatmount/testing/server'
import { headers } from 'next/headers'
import { revalidatePath } from 'next/cache'
import { chatraApi, demoClientId, webhookSecret } from '../../server/chatraBackOffice'

const origin = async () => `http://${(await headers()).get('host')}`

export interface PushResult {
  sent?: string
  error?: string
}

/** A back-office agent pushes a message to the signed-in demo user's chat. */
export async function pushMessage(_: PushResult, form: FormData): Promise<PushResult> {
  const text = String(form.get('text') ?? '').trim()
  if (!text) return { error: 'Write a message first.' }
  try {
    const message = await chatraApi(await origin()).pushedMessages.send({
      clientId: await demoClientId(),
      text,
    })
    revalidatePath('/support')
    return { sent: message.id }
  } catch (error) {
    return {
      error: isVendorApiError(error)
        ? `${error.code}: ${error.vendorMessage ?? error.message}`
        : 'The message could not be sent.',
    }
  }
}

/** Stands in for Chatra: posts the documentation's chatTranscript to the demo's own webhook. */
export async function simulateTranscript(): Promise<void> {
  const response = await sendChatraWebhook(
    `${await origin()}/api/chatra-webhook?secret=${encodeURIComponent(webhookSecret)}`,
    'chatTranscript',
  )
  if (!response.ok) throw new Error(`The webhook answered ${response.status}.`)
  revalidatePath('/support')
}
