// An emulated Chatra REST API (the seed's "REST API" section): messages, pushed messages and clients
// kept in memory, the auth header enforced, and faults on demand (429 with Retry-After, 500, a slow
// answer). A web-standard handler, so it runs inside an app's own route too; `startChatraApi`
// serves it on 127.0.0.1 for tests.
import { chatraWebhookExamples } from './chatraWebhookExamples'

export interface EmulatedChatraMessage {
  id: string
  type: 'agent' | 'client'
  text: string
  clientId: string
  agentId?: string
  createdAt: number
  receivedFrom?: string
  isPushed?: true
}

export interface EmulatedChatraAgent {
  id: string
  name: string
  email: string
}

export interface EmulatedChatraClient {
  id: string
  basicInfo: Record<string, string>
  [field: string]: unknown
}

export interface ChatraApiEmulatorOptions {
  publicKey?: string
  secretKey?: string
  /** Agents the API knows (the seed's Liz and Julia by default); the first sends pushed messages. */
  agents?: EmulatedChatraAgent[]
  /** Visitors the API knows, beyond those it meets in messages (the seed's Jane by default). */
  clients?: EmulatedChatraClient[]
}

export interface EmulatedChatraRequest {
  method: string
  /** After `/api/`, e.g. `messages/` or `clients/abc`. */
  route: string
  authorization: string | null
  body: unknown
}

export interface ChatraApiEmulator {
  readonly publicKey: string
  readonly secretKey: string
  /** Answers one request to the API; its path must contain `/api/`. */
  handle(request: Request): Promise<Response>
  readonly messages: EmulatedChatraMessage[]
  readonly clients: Map<string, EmulatedChatraClient>
  readonly agents: EmulatedChatraAgent[]
  /** Every request received, faults included. */
  readonly requests: EmulatedChatraRequest[]
  /** A visitor writes (a `client` message, which the API may read but not edit). */
  addVisitorMessage(clientId: string, text: string): EmulatedChatraMessage
  /** The next `times` requests (1 by default) answer `status`; a 429 carries `Retry-After: retryAfter` (1 by default). */
  failNext(
    status: number,
    options?: { times?: number; retryAfter?: number | null; message?: string },
  ): void
  /** The next `times` requests (1 by default) wait `ms` before they answer. */
  delayNext(ms: number, times?: number): void
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  })
// The seed's error body: { "status": 400, "message": "Invalid data format" }
const error = (status: number, message: string, headers?: Record<string, string>) =>
  json(status, { status, message }, headers)

let counter = 0
const newId = () =>
  `emu${(++counter).toString(36).padStart(6, '0')}${Math.random().toString(36).slice(2, 10)}`

export function createChatraApiEmulator(options: ChatraApiEmulatorOptions = {}): ChatraApiEmulator {
  const { publicKey = 'emulated-public-key', secretKey = 'emulated-secret-key' } = options
  const seed = chatraWebhookExamples.chatTranscript
  const agents = options.agents ?? seed.agents.map(({ id, name, email }) => ({ id, name, email }))
  const clients = new Map<string, EmulatedChatraClient>()
  for (const client of options.clients ?? [{ ...structuredClone(seed.client) }])
    clients.set(client.id, client)
  const messages: EmulatedChatraMessage[] = []
  const requests: EmulatedChatraRequest[] = []
  const faults: { status: number; retryAfter: number | null; message: string }[] = []
  const delays: number[] = []
  const accepted = new Set([
    `Chatra.Simple ${publicKey}:${secretKey}`,
    `Basic ${btoa(`${publicKey}:${secretKey}`)}`,
  ])

  const clientFor = (id: string) => {
    let client = clients.get(id)
    if (!client) clients.set(id, (client = { id, basicInfo: {} }))
    return client
  }

  async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url)
    const at = pathname.indexOf('/api/')
    const route = at < 0 ? pathname : pathname.slice(at + 5)
    const text = request.method == 'GET' || request.method == 'DELETE' ? '' : await request.text()
    let body: unknown
    let malformed = false
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      malformed = true
    }
    requests.push({
      method: request.method,
      route,
      authorization: request.headers.get('authorization'),
      body: malformed ? text : body,
    })

    const delay = delays.shift()
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
    const fault = faults.shift()
    if (fault)
      return error(
        fault.status,
        fault.message,
        fault.retryAfter === null ? {} : { 'retry-after': String(fault.retryAfter) },
      )
    if (!accepted.has(request.headers.get('authorization') ?? ''))
      return error(401, 'Invalid API keys')
    if (text && !request.headers.get('content-type')?.startsWith('application/json'))
      return error(400, 'Content-Type must be application/json')
    if (malformed || (text && (typeof body != 'object' || body === null || Array.isArray(body))))
      return error(400, 'Invalid data format')
    return answer(
      request.method,
      route.replace(/\/$/, '').split('/'),
      (body ?? {}) as Record<string, unknown>,
    )
  }

  function answer(
    method: string,
    [resource, id, ...rest]: string[],
    body: Record<string, unknown>,
  ): Response {
    if (rest.length) return error(404, 'Not found')
    if (resource == 'clients' && id) {
      const client = clients.get(decodeURIComponent(id))
      if (!client) return error(404, 'Client not found')
      if (method == 'GET') return json(200, client)
      if (method != 'PUT') return error(405, 'Method not allowed')
      for (const [field, value] of Object.entries(body)) {
        if (
          !['name', 'email', 'phone', 'notes'].includes(field) ||
          (value !== null && typeof value != 'string')
        )
          return error(400, `Invalid field ${field}`)
        if (value === null) delete client.basicInfo[field]
        else client.basicInfo[field] = value
      }
      client.displayedName = client.basicInfo.name ?? client.displayedName
      client.info = { ...(client.info as object | undefined), ...client.basicInfo }
      return json(200, client)
    }
    if (resource != 'messages' && resource != 'pushedMessages') return error(404, 'Not found')
    const pushed = resource == 'pushedMessages'
    if (!id) return method == 'POST' ? create(pushed, body) : error(405, 'Method not allowed')
    const message = messages.find(
      (each) => each.id == decodeURIComponent(id) && !!each.isPushed == pushed,
    )
    if (!message) return error(404, 'Message not found')
    if (method == 'GET') return json(200, message)
    if (message.type != 'agent') return error(403, "Only agents' messages can be edited or deleted")
    if (method == 'PUT') {
      if (typeof body.text != 'string' || !body.text) return error(400, 'text is required')
      message.text = body.text
      return json(200, message)
    }
    if (method != 'DELETE') return error(405, 'Method not allowed')
    messages.splice(messages.indexOf(message), 1)
    return json(200, message)
  }

  function create(pushed: boolean, body: Record<string, unknown>): Response {
    const { clientId, text, agentId, agentEmail, agentName, receivedFrom, groupId } = body
    if (typeof clientId != 'string' || !clientId) return error(400, 'clientId is required')
    if (typeof text != 'string' || !text) return error(400, 'text is required')
    let agent = agents.find((each) => each.id == agentId)
    if (agentId !== undefined && !agent) return error(400, 'Agent not found')
    if (!pushed && !agent) {
      // The seed: "agentEmail, agentName and receivedFrom are required in this case"; unknown emails get a dummy agent.
      if (
        typeof agentEmail != 'string' ||
        typeof agentName != 'string' ||
        typeof receivedFrom != 'string'
      )
        return error(400, 'agentId, or agentEmail, agentName and receivedFrom, are required')
      agent = agents.find((each) => each.email == agentEmail)
      if (!agent) agents.push((agent = { id: newId(), name: agentName, email: agentEmail }))
    }
    if (groupId !== undefined && typeof groupId != 'string') return error(400, 'Invalid groupId')
    agent ??= agents[0]!
    clientFor(clientId)
    const message: EmulatedChatraMessage = {
      id: newId(),
      type: 'agent',
      text,
      clientId,
      agentId: agent.id,
      createdAt: Date.now(),
    }
    if (typeof receivedFrom == 'string') message.receivedFrom = receivedFrom
    if (pushed) message.isPushed = true
    messages.push(message)
    return json(200, message)
  }

  return {
    publicKey,
    secretKey,
    handle,
    messages,
    clients,
    agents,
    requests,
    addVisitorMessage(clientId, text) {
      clientFor(clientId)
      const message: EmulatedChatraMessage = {
        id: newId(),
        type: 'client',
        text,
        clientId,
        createdAt: Date.now(),
      }
      messages.push(message)
      return message
    },
    failNext(
      status,
      {
        times = 1,
        retryAfter = 1,
        message = status == 429 ? 'Too Many Requests' : 'Internal Server Error',
      } = {},
    ) {
      for (let i = 0; i < times; i++)
        faults.push({ status, retryAfter: status == 429 ? retryAfter : null, message })
    },
    delayNext(ms, times = 1) {
      for (let i = 0; i < times; i++) delays.push(ms)
    },
  }
}
