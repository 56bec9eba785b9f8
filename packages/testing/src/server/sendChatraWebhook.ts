import { chatraWebhookExamples } from './chatraWebhookExamples'

/**
 * Posts a webhook as Chatra does (the seed: "Chatra makes an HTTP POST request to the URLs you
 * specified. Request body contains JSON-encoded object"): one of the seed's examples by its event
 * name, or a payload of your own. Answers the handler's response.
 */
export async function sendChatraWebhook(
  url: string | URL,
  event: keyof typeof chatraWebhookExamples | object,
  { fetch: fetchFn = globalThis.fetch }: { fetch?: typeof fetch } = {},
): Promise<Response> {
  const payload = typeof event == 'string' ? chatraWebhookExamples[event] : event
  if (!payload)
    throw new TypeError(
      `event must be chatStarted, chatFragment, chatTranscript or a payload object.`,
    )
  return fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
}
