import { nonEmpty } from './arguments'
import { VendorApiError } from './vendorApiError'
import { vendorRequest, type ApiOptions, type CallOptions } from './vendorRequest'

// Rayzing's "API References" (the seed's "Create a lead in the Rayzing" and "Get leads listing").

export interface RayzingApiOptions extends ApiOptions {
  /** The API token (the seed: "Auth Token: ... Please contact our support team to get the same"). */
  token: string
  /** The BotId of the widget's script (`<script id="rayzing-messenger-widget" …>BotId,CustomerId</script>`). */
  botId: string
  /** The CustomerId of the same script. */
  customerId: string
}

/** The seed: "Valid status for the chat. Available values: 'OPEN', 'INPROGRESS', 'REVIEW', 'ONHOLD', 'DEPENDANCY', 'CLOSED'". */
export type RayzingLeadStatus =
  'OPEN' | 'INPROGRESS' | 'REVIEW' | 'ONHOLD' | 'DEPENDANCY' | 'CLOSED'
const STATUSES: readonly string[] = [
  'OPEN',
  'INPROGRESS',
  'REVIEW',
  'ONHOLD',
  'DEPENDANCY',
  'CLOSED',
]

export interface RayzingLead {
  /** The visitor's chat UUID, made when they open the bot: in the page, `chat.get('uuid')`. */
  uuid: string
  /** The agent assigned. The seed types it "Boolean" but calls it a "Unique ID"; an id is sent. */
  agentId?: string
  status?: RayzingLeadStatus
  /** An http(s) image URL. */
  picture?: string
  name?: string
  email?: string
  phone?: string
  /** With its "+", e.g. "+91". */
  dialCode?: string
  notes?: { title: string; description: string }[]
  tags?: string[]
  attributes?: { key: string; value: string }[]
}

/** One chat of `listChats`, as the seed's example answer shows it. */
export interface RayzingChat {
  _id: string
  uuid: string
  createdAt: string
  isOnline: boolean
  lastMessage?: { at: string; by: string; text: string }
  lastSeenAt?: string
  profile?: {
    notes?: { title: string; description: string; _id?: string }[]
    userDetails?: {
      name?: string
      picture?: string
      contact?: { email?: string; phone?: { number?: string; prefix?: string } }
      city?: string
      country?: string
      gender?: string
      tags?: string[]
      attributes?: { key: string; value: string }[]
    }
  }
  status?: RayzingLeadStatus
  updatedAt?: string
  websiteVisits?: number
  _agentAssigned?: string
}

/** The seed's answer envelope: `{ "success": true, "message": "ok", "code": 200 }`. */
interface RayzingAnswer<Data = undefined> {
  success: boolean
  message?: string
  code?: number
  data?: Data
}

export interface RayzingApi {
  /** Creates or updates the lead of a chat (`PUT /inbox/direct/lead`). */
  updateLead(lead: RayzingLead, options?: CallOptions): Promise<void>
  /** One page of chats (`GET /inbox/direct/chats`): leads only, or the chats that are not leads. */
  listChats(
    query: { page: number; type: 'lead' | 'non-lead' },
    options?: CallOptions,
  ): Promise<RayzingChat[]>
}

export function createRayzingApi(options: RayzingApiOptions): RayzingApi {
  const { token, botId, customerId } = options ?? ({} as RayzingApiOptions)
  for (const [name, value] of Object.entries({ token, botId, customerId })) nonEmpty(name, value)
  const send = vendorRequest('rayzing', 'https://api.v7.express-chat.ai/', {}, options)

  // A 200 can still say `success: false`: that is the vendor's error too.
  async function call<Data>(request: Parameters<typeof send>[0]): Promise<Data | undefined> {
    const answer = await send<RayzingAnswer<Data>>(request)
    if (!answer || answer.success !== true)
      throw new VendorApiError(
        'rayzing',
        'http',
        `${request.method} /${request.path} did not succeed: ${answer?.message ?? 'no explanation'}`,
        {
          status: answer?.code,
          vendorMessage: answer?.message,
        },
      )
    return answer.data
  }

  return {
    async updateLead(lead, { signal } = {}) {
      const body = { ...leadFields(lead), botId, customerId }
      // The seed's header for this endpoint is `x-bp-token`.
      await call({
        method: 'PUT',
        path: 'inbox/direct/lead',
        body,
        headers: { 'x-bp-token': token },
        signal,
      })
    },
    async listChats(query, { signal } = {}) {
      const { page, type } = query ?? {}
      if (!(Number.isInteger(page) && page >= 1))
        throw new TypeError('page must be an integer from 1.')
      if (type != 'lead' && type != 'non-lead')
        throw new TypeError(`type must be 'lead' or 'non-lead'.`)
      // …and for this one `x-bot-token`: both as documented.
      const data = await call<RayzingChat[]>({
        method: 'GET',
        path: 'inbox/direct/chats',
        query: { botId, customerId, page: String(page), type },
        headers: { 'x-bot-token': token },
        signal,
      })
      if (!Array.isArray(data))
        throw new VendorApiError(
          'rayzing',
          'invalid_response',
          'GET /inbox/direct/chats answered without a data list.',
        )
      return data
    },
  }
}

function leadFields(lead: RayzingLead): Record<string, unknown> {
  if (!lead || typeof lead != 'object')
    throw new TypeError('lead must be an object with at least a uuid.')
  nonEmpty('lead.uuid', lead.uuid)
  for (const field of ['agentId', 'name', 'email', 'phone'] as const)
    if (lead[field] !== undefined) nonEmpty(`lead.${field}`, lead[field])
  if (lead.status !== undefined && !STATUSES.includes(lead.status))
    throw new TypeError(`lead.status must be one of ${STATUSES.join(', ')}.`)
  if (lead.dialCode !== undefined && !/^\+\d{1,4}$/.test(lead.dialCode))
    throw new TypeError('lead.dialCode must be a dial code with its "+", e.g. "+91".')
  if (lead.picture !== undefined && !/^https?:\/\/\S+$/.test(lead.picture))
    throw new TypeError('lead.picture must be an http(s) image URL.')
  const pairs = (field: 'notes' | 'attributes', a: string, b: string) => {
    const value = lead[field] as unknown
    if (
      value !== undefined &&
      !(
        Array.isArray(value) &&
        value.every((each) => typeof each?.[a] == 'string' && typeof each?.[b] == 'string')
      )
    )
      throw new TypeError(`lead.${field} must be a list of { ${a}, ${b} } strings.`)
  }
  pairs('notes', 'title', 'description')
  pairs('attributes', 'key', 'value')
  if (
    lead.tags !== undefined &&
    !(Array.isArray(lead.tags) && lead.tags.every((tag) => typeof tag == 'string'))
  )
    throw new TypeError('lead.tags must be a list of strings.')
  const { uuid, agentId, status, picture, name, email, phone, dialCode, notes, tags, attributes } =
    lead
  return Object.fromEntries(
    Object.entries({
      uuid,
      agentId,
      status,
      picture,
      name,
      email,
      phone,
      dialCode,
      notes,
      tags,
      attributes,
    }).filter(([, value]) => value !== undefined),
  )
}
