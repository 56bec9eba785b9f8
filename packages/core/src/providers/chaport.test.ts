// Chaport's verified identity as its seed describes it (004:711-720): the server hashes
// `json_encode($visitorData)` and the page sends that very data, so the vendor can check it. Also
// the visitorId its logged-in-users flow needs, and a widget that starts later on purpose.
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { chat, errors } = emulated
const vendor = () => emulated.emulation.vendor('chaport')!
const salt = 'personal-salt-from-chaport'
/**
 * The seed's `sha1($yourSalt . json_encode($visitorData))`. These fields hold no `/` and no
 * non-ASCII character, where PHP's json_encode and JSON.stringify write the same bytes.
 */
const seedHash = (data: object) =>
  createHash('sha1')
    .update(salt + JSON.stringify(data))
    .digest('hex')

describe('chaport: verified identity', () => {
  it('sends the visitor data exactly as the server hashed it: its fields, in its order', async () => {
    // The server hashed email before name, and a field chatmount has no name for.
    const data = { email: 'ada@example.com', name: 'Ada', company: 'Analytical Engines' }
    const hash = seedHash(data)
    const client = chat('chaport')
    await client.load()
    client.signIn({ id: 'a1b2c3d4e5f6a1b2c3d4e5f6', token: 'server-made', ...data, hash })
    const sent = vendor()
      .calls.filter((call) => call.method === 'setVisitorData')
      .at(-1)!
    expect(sent.args[1]).toBe(hash)
    // What Chaport's server checks: the hash of the data it received.
    expect(seedHash(sent.args[0] as object)).toBe(hash)
    expect(JSON.stringify(sent.args[0])).toBe(JSON.stringify(data))
  })

  it('identify keeps the order it was given too', async () => {
    const client = chat('chaport')
    await client.load()
    client.identify({ phone: '+44 20 7946 0000', name: 'Ada', custom: { plan: 'pro' } })
    const sent = vendor()
      .calls.filter((call) => call.method === 'setVisitorData')
      .at(-1)!
    expect(Object.keys(sent.args[0] as object)).toEqual(['phone', 'name', 'custom'])
  })

  it('get("visitorId") follows signIn and reset, never the first visitor’s id', async () => {
    const client = chat('chaport')
    await client.load()
    const first = await client.get('visitorId')
    expect(first).toMatch(/^[0-9a-f]{24}$/)
    client.signIn({ id: 'b2c3d4e5f6a1b2c3d4e5f6a1', token: 'server-made' })
    expect(await client.get('visitorId')).toBe('b2c3d4e5f6a1b2c3d4e5f6a1')
    client.reset()
    expect(await client.get('visitorId')).toBeUndefined()
    // The new anonymous visitor's id arrives with the vendor's next event that carries one.
    vendor().visitorMessage('hello')
    const next = await client.get('visitorId')
    expect(next).toMatch(/^[0-9a-f]{24}$/)
    expect(next).not.toBe(first)
  })
})

describe('chaport: init.event and init.maxDelay (its documentation, `init`), a vendor that waits on purpose', () => {
  it('waits for init.event as long as it takes, with no timeout error, then is ready', async () => {
    const client = chat('chaport', { init: { event: 'chat:wanted' } }, { timeout: 200 })
    const ready = client.load()
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(client.getState().status).toBe('waiting')
    expect(errors).toEqual([])
    window.dispatchEvent(new Event('chat:wanted'))
    await ready
    expect(client.getState().status).toBe('ready')
  })

  it('with init.maxDelay the timeout counts from the latest start the vendor promised', async () => {
    const client = chat('chaport', { init: { event: 'never', maxDelay: 300 } }, { timeout: 200 })
    await client.load()
    expect(client.getState().status).toBe('ready')
    expect(errors).toEqual([])
  })
})
