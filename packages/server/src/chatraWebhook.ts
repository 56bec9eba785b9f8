import type {
  ChatraChatFragment,
  ChatraChatStarted,
  ChatraChatTranscript,
  ChatraWebhookEvent,
} from './chatraTypes'
import { isChatraEventName, wrongInEvent } from './chatraWebhookShape'
import { readBody } from './readBody'
import { secretChecker } from './sameSecret'

type Callback<Event> = (event: Event, request: Request) => void | Promise<void>

export interface ChatraWebhookOptions {
  /**
   * The secret your webhook's URL carries as `?secret=…` (the address you enter in Chatra's webhook
   * settings): at least 16 characters, compared in constant time. Chatra signs nothing (the seed
   * documents no signature), so this is what tells Chatra's calls from anyone's. `false` turns the
   * check off, for a hook only your own network reaches.
   */
  secret: string | false
  onChatStarted?: Callback<ChatraChatStarted>
  onChatFragment?: Callback<ChatraChatFragment>
  onChatTranscript?: Callback<ChatraChatTranscript>
  /**
   * Leaves out the messages your own integration sent with this `receivedFrom` mark (the seed: "filtered
   * out when received in a webhook to avoid infinite loop"); a fragment left with none is not passed on.
   */
  ignoreReceivedFrom?: string
  /** The largest body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number
  /** Called with what a callback threw (the answer is then 500). Default: `console.error`. */
  onError?: (error: unknown) => void
}

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  })

/**
 * A web-standard handler for Chatra's webhooks (`(request) => Promise<Response>`: Next.js route
 * handlers, Hono, Bun, Deno; `toNodeHandler` from `@chatmount/server/node` for Express). Bad bodies
 * get a 400 and never reach a callback; an event without a callback, or an event name this version
 * does not know, is answered 200 and dropped, so a new Chatra event never makes the hook fail.
 */
export function chatraWebhook(
  options: ChatraWebhookOptions,
): (request: Request) => Promise<Response> {
  const {
    secret,
    ignoreReceivedFrom,
    maxBodyBytes = 1 << 20,
    onError = (error) =>
      console.error('[chatmount/server] a Chatra webhook callback threw:', error),
  } = options ?? ({} as ChatraWebhookOptions)
  if (secret !== false && (typeof secret != 'string' || secret.length < 16))
    throw new TypeError(
      'secret must be a string of at least 16 characters (or false, to turn the check off).',
    )
  if (!(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0))
    throw new TypeError('maxBodyBytes must be a positive integer.')
  const callbacks: {
    [Name in ChatraWebhookEvent['eventName']]?: Callback<
      Extract<ChatraWebhookEvent, { eventName: Name }>
    >
  } = {
    chatStarted: options.onChatStarted,
    chatFragment: options.onChatFragment,
    chatTranscript: options.onChatTranscript,
  }
  for (const [name, callback] of Object.entries(callbacks))
    if (callback !== undefined && typeof callback != 'function')
      throw new TypeError(`on${name[0]!.toUpperCase()}${name.slice(1)} must be a function.`)
  const authentic = secret === false ? async () => true : secretChecker(secret)

  return async function handleChatraWebhook(request) {
    if (request.method != 'POST')
      return text(405, 'Chatra webhooks are POST requests.', { allow: 'POST' })
    if (!(await authentic(new URL(request.url).searchParams.get('secret'))))
      return text(401, 'Unknown or missing secret.')
    const body = await readBody(request, maxBodyBytes)
    if (body.tooLarge) return text(400, `The body is larger than ${maxBodyBytes} bytes.`)
    let event: unknown
    try {
      event = JSON.parse(body.text)
    } catch {
      return text(400, 'The body is not JSON.')
    }
    const name = (event as { eventName?: unknown } | null)?.eventName
    if (typeof name != 'string') return text(400, 'body.eventName must be a string')
    if (!isChatraEventName(name)) return text(200, 'Ignored: not an event this handler knows.')
    const wrong = wrongInEvent(name, event)
    if (wrong) return text(400, wrong)

    const valid = withoutOwnMessages(event as ChatraWebhookEvent, ignoreReceivedFrom)
    const callback = callbacks[name] as Callback<ChatraWebhookEvent> | undefined
    if (!valid || !callback) return text(200, 'Ignored.')
    try {
      await callback(valid, request)
    } catch (error) {
      onError(error)
      return text(500, 'The handler failed.')
    }
    return text(200, 'OK')
  }
}

/** The event without the messages marked `mark`, or undefined when nothing else is left to tell. */
function withoutOwnMessages(
  event: ChatraWebhookEvent,
  mark: string | undefined,
): ChatraWebhookEvent | undefined {
  if (mark === undefined) return event
  if (event.eventName == 'chatStarted')
    return event.message.receivedFrom === mark ? undefined : event
  const messages = event.messages.filter((message) => message.receivedFrom !== mark)
  if (messages.length == event.messages.length) return event
  // A transcript is the whole chat, kept even when every message in it was ours.
  return messages.length || event.eventName == 'chatTranscript' ? { ...event, messages } : undefined
}
