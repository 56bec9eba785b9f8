import type { ChatraBasicInfo, ChatraClient, ChatraMessage } from './chatraTypes'
import { nonEmpty } from './arguments'
import { vendorRequest, type ApiOptions, type CallOptions } from './vendorRequest'

export interface ChatraApiOptions extends ApiOptions {
  /** Your public API key (Chatra dashboard → Settings → Integrations → API). */
  publicKey: string
  /** Your secret API key: server only. */
  secretKey: string
  /**
   * The seed: "Authorization: Chatra.Simple YOUR_PUBLIC_API_KEY:YOUR_PRIVATE_API_KEY" ('simple', the
   * default), or "You may use Basic authentication as an alternative" ('basic': the public key as the
   * user name, the secret key as the password).
   */
  auth?: 'simple' | 'basic'
  /**
   * Marks each agent message this client sends (`messages.send`; a call's own `receivedFrom` wins),
   * so that your webhook can tell them from the others and never echo them back (the seed's
   * `receivedFrom`). The seed documents no mark for pushed messages: webhooks flag those `isPushed`.
   */
  receivedFrom?: string
}

/** An agent's message (`POST /api/messages/`): as a known agent, or as one named by email. */
export type ChatraAgentMessageInput =
  | { clientId: string; text: string; agentId: string; receivedFrom?: string }
  /** The seed: "agentEmail, agentName and receivedFrom are required in this case"; a dummy agent is created if none has that email. */
  | { clientId: string; text: string; agentEmail: string; agentName: string; receivedFrom?: string }

/** An automated message to a visitor (`POST /api/pushedMessages/`): from a random agent, one of a group's, or a given one. */
export type ChatraPushedMessageInput =
  | { clientId: string; text: string; agentId?: undefined; groupId?: undefined }
  | { clientId: string; text: string; groupId: string; agentId?: undefined }
  | { clientId: string; text: string; agentId: string; groupId?: undefined }

/** `null` removes a field (the seed: "null is used to remove properties"). */
export type ChatraBasicInfoUpdate = { [Field in keyof ChatraBasicInfo]?: string | null }

/** Send, read, edit and delete one kind of message. */
export interface ChatraMessages<Input> {
  send(input: Input, options?: CallOptions): Promise<ChatraMessage>
  get(id: string, options?: CallOptions): Promise<ChatraMessage>
  /** The seed: "Only agents' messages can be edited." */
  update(id: string, change: { text: string }, options?: CallOptions): Promise<ChatraMessage>
  /** Answers the deleted message. */
  delete(id: string, options?: CallOptions): Promise<ChatraMessage>
}

export interface ChatraApi {
  /** Messages as an agent: for help desks (treated like a real agent's). */
  messages: ChatraMessages<ChatraAgentMessageInput>
  /** Automated messages to visitors: order updates, announcements (`isPushed: true`). */
  pushedMessages: ChatraMessages<ChatraPushedMessageInput>
  clients: {
    get(clientId: string, options?: CallOptions): Promise<ChatraClient>
    /** Name, email, phone and notes, "as if it was edited from Chatra dashboard". */
    update(
      clientId: string,
      info: ChatraBasicInfoUpdate,
      options?: CallOptions,
    ): Promise<ChatraClient>
  }
}

const API_KEY = /^[\x21-\x7e]+$/

/** Chatra's REST API (seed: "Chatra's REST API allows to programmatically manipulate various resources inside Chatra from your server"). */
export function createChatraApi(options: ChatraApiOptions): ChatraApi {
  const {
    publicKey,
    secretKey,
    auth = 'simple',
    receivedFrom,
  } = options ?? ({} as ChatraApiOptions)
  if (typeof publicKey != 'string' || !API_KEY.test(publicKey) || publicKey.includes(':'))
    throw new TypeError(
      'publicKey must be your Chatra public API key (printable characters, no colon).',
    )
  if (typeof secretKey != 'string' || !API_KEY.test(secretKey))
    throw new TypeError('secretKey must be your Chatra secret API key (printable characters).')
  if (auth != 'simple' && auth != 'basic') throw new TypeError(`auth must be 'simple' or 'basic'.`)
  if (receivedFrom !== undefined) nonEmpty('receivedFrom', receivedFrom)
  const authorization =
    auth == 'simple'
      ? `Chatra.Simple ${publicKey}:${secretKey}`
      : `Basic ${btoa(`${publicKey}:${secretKey}`)}`
  // The seed's addresses: https://app.chatra.io/api/messages/, …/api/pushedMessages/:id, …/api/clients/:id
  const send = vendorRequest('chatra', 'https://app.chatra.io/api/', { authorization }, options)

  function messages<Input extends { clientId: string; text: string; receivedFrom?: string }>(
    resource: 'messages' | 'pushedMessages',
    check: (input: Input) => Record<string, unknown>,
  ): ChatraMessages<Input> {
    const one = (id: string) => `${resource}/${encodeURIComponent(nonEmpty('id', id))}`
    return {
      send: async (input, { signal } = {}) =>
        send({
          method: 'POST',
          path: `${resource}/`,
          body: {
            ...check(input),
            clientId: nonEmpty('clientId', input.clientId),
            text: nonEmpty('text', input.text),
          },
          signal,
        }),
      get: async (id, { signal } = {}) => send({ method: 'GET', path: one(id), signal }),
      update: async (id, change, { signal } = {}) =>
        send({
          method: 'PUT',
          path: one(id),
          body: { text: nonEmpty('text', change?.text) },
          signal,
        }),
      delete: async (id, { signal } = {}) => send({ method: 'DELETE', path: one(id), signal }),
    }
  }

  const client = (id: string) => `clients/${encodeURIComponent(nonEmpty('clientId', id))}`
  return {
    messages: messages<ChatraAgentMessageInput>('messages', (input) => {
      const mark = input.receivedFrom ?? receivedFrom
      if ('agentEmail' in input && input.agentEmail !== undefined) {
        if (mark === undefined)
          throw new TypeError(
            'receivedFrom is required when a message names its agent by agentEmail (Chatra requires it).',
          )
        return {
          agentEmail: nonEmpty('agentEmail', input.agentEmail),
          agentName: nonEmpty('agentName', input.agentName),
          receivedFrom: nonEmpty('receivedFrom', mark),
        }
      }
      return {
        agentId: nonEmpty('agentId', (input as { agentId?: string }).agentId),
        ...(mark === undefined ? {} : { receivedFrom: nonEmpty('receivedFrom', mark) }),
      }
    }),
    pushedMessages: messages<ChatraPushedMessageInput>('pushedMessages', (input) => {
      if (input.agentId !== undefined && input.groupId !== undefined)
        throw new TypeError('A pushed message names agentId or groupId, not both.')
      if (input.agentId !== undefined) return { agentId: nonEmpty('agentId', input.agentId) }
      return input.groupId === undefined ? {} : { groupId: nonEmpty('groupId', input.groupId) }
    }),
    clients: {
      get: async (id, { signal } = {}) => send({ method: 'GET', path: client(id), signal }),
      update: async (id, info, { signal } = {}) =>
        send({ method: 'PUT', path: client(id), body: basicInfo(info), signal }),
    },
  }
}

function basicInfo(info: ChatraBasicInfoUpdate): Record<string, string | null> {
  if (!info || typeof info != 'object')
    throw new TypeError('info must be an object of name, email, phone and notes.')
  const fields: Record<string, string | null> = {}
  for (const [field, value] of Object.entries(info)) {
    if (!['name', 'email', 'phone', 'notes'].includes(field))
      throw new TypeError(
        `info.${field} is not a field Chatra lets you edit (name, email, phone, notes).`,
      )
    if (value !== null && typeof value != 'string')
      throw new TypeError(`info.${field} must be a string, or null to remove it.`)
    fields[field] = value
  }
  return fields
}
