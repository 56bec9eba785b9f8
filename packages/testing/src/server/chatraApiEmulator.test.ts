// The emulated Chatra API holds a client to what the real one documents, so a test against it
// fails where production would.
import { describe, expect, it } from 'vitest'
import { createChatraApiEmulator } from './chatraApiEmulator'
import { sendChatraWebhook } from './sendChatraWebhook'
import { startChatraApi } from './startChatraApi'

const emulator = createChatraApiEmulator({ publicKey: 'pub', secretKey: 'sec' })
const call = (
  method: string,
  route: string,
  init: { body?: string; headers?: Record<string, string> } = {},
) =>
  emulator.handle(
    new Request(`http://emulator/api/${route}`, {
      method,
      body: init.body,
      headers: {
        authorization: 'Chatra.Simple pub:sec',
        'content-type': 'application/json',
        ...init.headers,
      },
    }),
  )

describe('createChatraApiEmulator', () => {
  it("refuses a request without the keys, in Chatra's error body", async () => {
    const response = await call('GET', 'clients/x', {
      headers: { authorization: 'Chatra.Simple pub:wrong' },
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ status: 401, message: 'Invalid API keys' })
  })

  it('refuses a body that is not JSON, or not sent as JSON', async () => {
    expect((await call('POST', 'pushedMessages/', { body: '{' })).status).toBe(400)
    const form = await call('POST', 'pushedMessages/', {
      body: '{}',
      headers: { 'content-type': 'text/plain' },
    })
    expect(await form.json()).toMatchObject({
      status: 400,
      message: 'Content-Type must be application/json',
    })
  })

  it('requires an agent for agent messages, and only lets agent messages be edited', async () => {
    expect(
      (await call('POST', 'messages/', { body: JSON.stringify({ clientId: 'c', text: 'hi' }) }))
        .status,
    ).toBe(400)
    const visitors = emulator.addVisitorMessage('c', 'hello')
    expect(
      (await call('PUT', `messages/${visitors.id}`, { body: JSON.stringify({ text: 'x' }) }))
        .status,
    ).toBe(403)
  })

  it('answers the faults it was told, once each, and records every request', async () => {
    emulator.failNext(429, { retryAfter: 7 })
    const limited = await call('GET', 'clients/vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8')
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7'])
    expect((await call('GET', 'clients/vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8')).status).toBe(200)
    expect(emulator.requests.at(-1)).toMatchObject({
      method: 'GET',
      route: 'clients/vfg1y4h4ioapl1cx0trw1mujk6den021zs9b2q8',
    })
  })
})

describe('startChatraApi and sendChatraWebhook', () => {
  it('serve the API on 127.0.0.1, and post a documented payload as Chatra does', async () => {
    const api = await startChatraApi()
    try {
      expect(api.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/)
      const response = await sendChatraWebhook(`${api.url}pushedMessages/`, {
        clientId: 'c',
        text: 'not a webhook, a probe',
      })
      expect(response.status).toBe(401) // the sender adds no keys: webhooks carry none
      expect(api.requests[0]).toMatchObject({
        method: 'POST',
        body: { clientId: 'c', text: 'not a webhook, a probe' },
      })
    } finally {
      await api.close()
    }
  })
})
