// Every endpoint of Chatra's REST API, against the emulated API served on 127.0.0.1.
import { startChatraApi, type RunningChatraApi } from '@chatmount/testing/server'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createChatraApi, type ChatraApiOptions } from './chatraApi'
import { VendorApiError } from './vendorApiError'

let emulator: RunningChatraApi
beforeEach(async () => {
  emulator = await startChatraApi()
})
afterEach(() => emulator.close())

const api = (options: Partial<ChatraApiOptions> = {}) =>
  createChatraApi({
    publicKey: emulator.publicKey,
    secretKey: emulator.secretKey,
    baseUrl: emulator.url,
    ...options,
  })
const rejection = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('resolved'),
    (error: unknown) => error as VendorApiError,
  )
const liz = { id: 'd9nKoegKSjmCtyK78' } // the seed's agent
const janeId = 'vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8'

describe('createChatraApi: authentication', () => {
  it("sends the seed's Chatra.Simple header by default, and JSON with its content type", async () => {
    await api().messages.send({ clientId: janeId, text: 'Hello', agentId: liz.id })
    const [request] = emulator.requests
    expect(request).toMatchObject({
      method: 'POST',
      route: 'messages/',
      authorization: `Chatra.Simple ${emulator.publicKey}:${emulator.secretKey}`,
    })
    expect(request!.body).toEqual({ clientId: janeId, text: 'Hello', agentId: liz.id })
  })

  it('sends HTTP Basic with the public key as user and the secret key as password when asked', async () => {
    await api({ auth: 'basic' }).clients.get(janeId)
    expect(emulator.requests[0]!.authorization).toBe(
      `Basic ${btoa(`${emulator.publicKey}:${emulator.secretKey}`)}`,
    )
  })

  it('turns a refused key into a typed error with the status and the vendor message', async () => {
    const error = await rejection(api({ secretKey: 'wrong' }).clients.get(janeId))
    expect(error).toBeInstanceOf(VendorApiError)
    expect(error).toMatchObject({
      vendor: 'chatra',
      code: 'http',
      status: 401,
      vendorMessage: 'Invalid API keys',
    })
    expect(error.message).not.toContain('wrong')
  })

  it('refuses keys that cannot be a header, naming the option, before any request', () => {
    expect(() => api({ publicKey: 'a:b' })).toThrow(/publicKey/)
    expect(() => api({ secretKey: 'two words' })).toThrow(/secretKey/)
    expect(() => api({ auth: 'bearer' as 'basic' })).toThrow(/auth/)
    expect(() => api({ baseUrl: 'javascript:alert(1)' })).toThrow(/baseUrl/)
    expect(emulator.requests).toHaveLength(0)
  })
})

describe('messages', () => {
  it('sends, reads, edits and deletes an agent message', async () => {
    const chatra = api()
    const sent = await chatra.messages.send({
      clientId: janeId,
      text: 'Hello! How can I help you?',
      agentId: liz.id,
      receivedFrom: 'Desk',
    })
    expect(sent).toMatchObject({
      type: 'agent',
      text: 'Hello! How can I help you?',
      clientId: janeId,
      agentId: liz.id,
      receivedFrom: 'Desk',
    })
    expect(sent.createdAt).toBeTypeOf('number')
    expect(await chatra.messages.get(sent.id)).toEqual(sent)
    expect(await chatra.messages.update(sent.id, { text: 'Good morning!' })).toMatchObject({
      id: sent.id,
      text: 'Good morning!',
    })
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'PUT',
      route: `messages/${sent.id}`,
      body: { text: 'Good morning!' },
    })
    expect(await chatra.messages.delete(sent.id)).toMatchObject({ id: sent.id })
    expect(await rejection(chatra.messages.get(sent.id))).toMatchObject({
      status: 404,
      vendorMessage: 'Message not found',
    })
  })

  it("names the agent by email with the seed's three required fields, the client's receivedFrom filling in", async () => {
    const chatra = api({ receivedFrom: 'SuperAwesomeHelpdesk' })
    await chatra.messages.send({
      clientId: janeId,
      text: 'Hi',
      agentEmail: 'liz@example.com',
      agentName: 'Liz',
    })
    expect(emulator.requests[0]!.body).toEqual({
      clientId: janeId,
      text: 'Hi',
      agentEmail: 'liz@example.com',
      agentName: 'Liz',
      receivedFrom: 'SuperAwesomeHelpdesk',
    })
    await expect(
      api().messages.send({
        clientId: janeId,
        text: 'Hi',
        agentEmail: 'liz@example.com',
        agentName: 'Liz',
      }),
    ).rejects.toThrow(/receivedFrom is required/)
  })

  it("cannot edit a visitor's message: the vendor's 403 comes back typed", async () => {
    const visitors = emulator.addVisitorMessage(janeId, 'Where is my order?')
    expect(await api().messages.get(visitors.id)).toMatchObject({ type: 'client' })
    expect(await rejection(api().messages.update(visitors.id, { text: 'edited' }))).toMatchObject({
      code: 'http',
      status: 403,
    })
  })

  it('rejects bad arguments with a TypeError naming them, and sends nothing', async () => {
    await expect(api().messages.send({ clientId: '', text: 'x', agentId: liz.id })).rejects.toThrow(
      /clientId/,
    )
    await expect(api().messages.send({ clientId: janeId, text: 'x' } as never)).rejects.toThrow(
      /agentId/,
    )
    await expect(api().messages.get('')).rejects.toThrow(TypeError)
    expect(emulator.requests).toHaveLength(0)
  })

  it('puts an id into its path segment escaped, never as a path of its own', async () => {
    await rejection(api().messages.get('../clients/x?y'))
    expect(emulator.requests[0]!.route).toBe('messages/..%2Fclients%2Fx%3Fy')
  })
})

describe('pushedMessages', () => {
  it('sends from a random agent, a group or a given agent, and reads, edits and deletes', async () => {
    const chatra = api()
    const random = await chatra.pushedMessages.send({
      clientId: janeId,
      text: 'Your order has shipped!',
    })
    expect(random).toMatchObject({ isPushed: true, clientId: janeId, agentId: expect.any(String) })
    await chatra.pushedMessages.send({
      clientId: janeId,
      text: 'From the group',
      groupId: 'PjRBMhWGen6aRHjif',
    })
    await chatra.pushedMessages.send({ clientId: janeId, text: 'From Liz', agentId: liz.id })
    expect(emulator.requests.map((request) => request.body)).toEqual([
      { clientId: janeId, text: 'Your order has shipped!' },
      { clientId: janeId, text: 'From the group', groupId: 'PjRBMhWGen6aRHjif' },
      { clientId: janeId, text: 'From Liz', agentId: liz.id },
    ])
    expect(await chatra.pushedMessages.get(random.id)).toEqual(random)
    expect(await chatra.pushedMessages.update(random.id, { text: 'Tracking: 9114' })).toMatchObject(
      { text: 'Tracking: 9114', isPushed: true },
    )
    await chatra.pushedMessages.delete(random.id)
    expect(emulator.messages.map((message) => message.text)).toEqual(['From the group', 'From Liz'])
  })

  it('refuses a message that names both an agent and a group', async () => {
    await expect(
      api().pushedMessages.send({
        clientId: janeId,
        text: 'x',
        agentId: 'a',
        groupId: 'g',
      } as never),
    ).rejects.toThrow(/agentId or groupId/)
  })
})

describe('clients', () => {
  it("reads a visitor and edits the basic info, null removing a field, as the seed's example", async () => {
    const chatra = api()
    expect(await chatra.clients.get(janeId)).toMatchObject({
      id: janeId,
      displayedName: 'Jane',
      basicInfo: { phone: '+353 1 568 4258' },
    })
    const updated = await chatra.clients.update(janeId, {
      name: 'Jane Doe',
      email: null,
      phone: '+353 1 568 7922',
    })
    expect(emulator.requests.at(-1)!.body).toEqual({
      name: 'Jane Doe',
      email: null,
      phone: '+353 1 568 7922',
    })
    expect(updated).toMatchObject({
      displayedName: 'Jane Doe',
      basicInfo: { name: 'Jane Doe', phone: '+353 1 568 7922', notes: 'Loves skinny jeans' },
    })
    expect(updated.basicInfo).not.toHaveProperty('email')
  })

  it('refuses a field Chatra does not let you edit', async () => {
    await expect(api().clients.update(janeId, { city: 'Cork' } as never)).rejects.toThrow(
      /info\.city/,
    )
    await expect(api().clients.update(janeId, { name: 42 } as never)).rejects.toThrow(
      /info\.name must be a string/,
    )
  })
})

describe('errors, rate limits and timeouts', () => {
  it("turns the seed's error body into vendorMessage", async () => {
    emulator.failNext(400, { message: 'Invalid data format' })
    expect(await rejection(api().clients.get(janeId))).toMatchObject({
      code: 'http',
      status: 400,
      vendorMessage: 'Invalid data format',
    })
  })

  it('a 500 is not retried', async () => {
    emulator.failNext(500)
    expect(await rejection(api().clients.get(janeId))).toMatchObject({ code: 'http', status: 500 })
    expect(emulator.requests).toHaveLength(1)
  })

  it('on 429 waits the Retry-After it was given, then succeeds', async () => {
    emulator.failNext(429, { retryAfter: 1 })
    const started = performance.now()
    expect(await api().clients.get(janeId)).toMatchObject({ id: janeId })
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
    expect(emulator.requests).toHaveLength(2)
  })

  it('gives up after the retry bound with rate_limited and the vendor’s Retry-After', async () => {
    emulator.failNext(429, { retryAfter: 0, times: 5 })
    const error = await rejection(api({ retries: 2 }).clients.get(janeId))
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfter: 0 })
    expect(emulator.requests).toHaveLength(3)
  })

  it('does not wait a Retry-After beyond maxRetryWait', async () => {
    emulator.failNext(429, { retryAfter: 3600 })
    const started = performance.now()
    expect(await rejection(api().clients.get(janeId))).toMatchObject({
      code: 'rate_limited',
      retryAfter: 3600,
    })
    expect(performance.now() - started).toBeLessThan(1000)
    expect(emulator.requests).toHaveLength(1)
  })

  it('rejects with timeout when an answer takes longer than the timeout', async () => {
    emulator.delayNext(2000)
    const error = await rejection(api({ timeout: 200 }).clients.get(janeId))
    expect(error).toMatchObject({ code: 'timeout' })
  })

  it('rejects with network when nothing answers', async () => {
    const { url } = emulator
    await emulator.close()
    expect(await rejection(api({ baseUrl: url }).clients.get(janeId))).toMatchObject({
      code: 'network',
    })
    emulator = await startChatraApi()
  })

  it('a success whose body is not JSON is invalid_response', async () => {
    const fetch = async () => new Response('<html>proxy</html>', { status: 200 })
    expect(await rejection(api({ fetch }).clients.get(janeId))).toMatchObject({
      code: 'invalid_response',
    })
  })

  it('an aborted call rejects with the signal’s reason, even while waiting out a 429', async () => {
    emulator.failNext(429, { retryAfter: 30 })
    const controller = new AbortController()
    const call = api().clients.get(janeId, { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('user left')), 100)
    await expect(call).rejects.toThrow('user left')
  })
})

describe('retryAfterSeconds', () => {
  it('reads seconds or an HTTP date, and waits a second when there is neither', async () => {
    const { retryAfterSeconds } = await import('./vendorRequest')
    expect(retryAfterSeconds('12')).toBe(12)
    const now = Date.parse('2026-12-01T10:00:00Z')
    expect(retryAfterSeconds('Tue, 01 Dec 2026 10:00:30 GMT', now)).toBe(30)
    expect(retryAfterSeconds(null)).toBe(1)
    expect(retryAfterSeconds('soon')).toBe(1)
  })
})
