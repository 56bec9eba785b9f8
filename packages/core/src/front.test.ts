import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChatClient } from './client'
import * as engineModule from './createClient'
import type { AnyProvider, VendorWindow } from './defineProvider'
import { createFront } from './front'
import type { ChatOptions } from './options'
import { validateOptions } from './validateOptions'
import {
  endFakeDownloads,
  fake,
  fakeScripts,
  loadFakeScript,
  settle,
} from './__fixtures__/fakeProvider'

type Engine = typeof engineModule

/** The engine's chunk, held until the test lets it arrive (or fail). */
function heldEngine() {
  let arrive!: () => void
  let fail!: (cause: unknown) => void
  let asked = 0
  const load = () => {
    asked++
    return new Promise<Engine>((resolve, reject) => {
      arrive = () => resolve(engineModule)
      fail = reject
    })
  }
  return {
    load,
    arrive: async () => (arrive(), settle()),
    fail: async (cause: unknown) => (fail(cause), settle()),
    asked: () => asked,
  }
}

const chats: ChatClient<any>[] = []
function chat(
  engine: ReturnType<typeof heldEngine>,
  options: Partial<ChatOptions<typeof fake>> = {},
) {
  const client = createFront(
    validateOptions<AnyProvider>({ provider: fake, token: 'hello', load: 'manual', ...options }),
    window as VendorWindow,
    engine.load,
  )
  chats.push(client)
  return client
}

afterEach(() => {
  chats.splice(0).forEach((client) => client.destroy())
  endFakeDownloads()
  vi.restoreAllMocks()
})

describe('before its engine is here', () => {
  it('asks for the engine at once and touches nothing in the page', async () => {
    const engine = heldEngine()
    const client = chat(engine, { load: 'eager' })
    expect(engine.asked()).toBe(1)
    await settle()
    expect(fakeScripts()).toHaveLength(0)
    expect((window as any).FAKE_TOKEN).toBeUndefined()
    expect(client.getState().status).toBe('waiting')
  })

  it('says what it can do, and throws the same config errors as the engine, at the call', () => {
    const client = chat(heldEngine())
    expect(client.provider).toBe('fake')
    expect(client.supports('open')).toBe(true)
    expect(client.supports('pageView')).toBe(false)
    expect(() => client.identify({ email: 42 as never })).toThrow(/"visitor\.email"/)
    expect(() => client.signIn({ token: {} as never })).toThrow(/"user\.token"/)
    expect(() => client.updateOptions('loud' as never)).toThrow(/"options"/)
  })

  it('keeps every call, in order, for the vendor; the answers come once they can', async () => {
    const engine = heldEngine()
    const client = chat(engine)
    const visitor = { name: 'Ada' }
    client.identify(visitor)
    // What the app changes afterwards is not what it sent.
    visitor.name = 'Grace'
    client.call('say', 'first')
    const loaded = client.load()
    client.call('say', 'second')
    const greeting = client.get('greeting')
    expect(client.getState().status).toBe('loading')
    await engine.arrive()
    expect(fakeScripts()).toHaveLength(1)
    const calls = loadFakeScript()
    await expect(loaded).resolves.toBeUndefined()
    await expect(greeting).resolves.toBeUndefined()
    expect(calls).toEqual([
      ['who', [{ name: 'Ada' }]],
      ['say', ['first']],
      ['say', ['second']],
    ])
  })

  it('its listeners hear the engine: one set of subscribers, one state', async () => {
    const engine = heldEngine()
    const client = chat(engine)
    const statuses: string[] = []
    const ready = vi.fn()
    client.subscribe((state) => statuses.push(state.status))
    client.on('ready', ready)
    client.open()
    await engine.arrive()
    loadFakeScript()
    await client.ready()
    expect([...new Set(statuses)]).toEqual(['loading', 'ready'])
    expect(ready).toHaveBeenCalledTimes(1)
    expect(client.getState()).toMatchObject({ status: 'ready', open: true })
  })

  it('an interaction while the engine is on its way still counts', async () => {
    const engine = heldEngine()
    chat(engine, { load: 'interaction' })
    await settle()
    window.dispatchEvent(new Event('pointerdown'))
    expect(fakeScripts()).toHaveLength(0)
    await engine.arrive()
    expect(fakeScripts()).toHaveLength(1)
  })

  it('consent withdrawn before the engine is here: that interaction no longer counts', async () => {
    const engine = heldEngine()
    const client = chat(engine, { load: 'interaction' })
    await settle()
    window.dispatchEvent(new Event('pointerdown'))
    client.setConsent(false)
    expect(client.getState().status).toBe('waiting')
    client.setConsent(true)
    await engine.arrive()
    expect(fakeScripts()).toHaveLength(0)
    window.dispatchEvent(new Event('pointerdown'))
    expect(fakeScripts()).toHaveLength(1)
  })

  it('consent withdrawn in the creating task: nothing is armed, and granting waits for the strategy afresh', async () => {
    const engine = heldEngine()
    const client = chat(engine, { load: 'interaction' })
    client.setConsent(false)
    await settle()
    window.dispatchEvent(new Event('pointerdown'))
    await engine.arrive()
    client.setConsent(true)
    await settle()
    expect(fakeScripts()).toHaveLength(0)
    window.dispatchEvent(new Event('pointerdown'))
    expect(fakeScripts()).toHaveLength(1)
  })

  it('destroyed before the engine is here: destroyed at once, answers say so, nothing is added', async () => {
    const engine = heldEngine()
    const client = chat(engine, { load: 'eager' })
    const ready = client.ready().catch((error) => error)
    client.open()
    client.destroy()
    expect(client.getState().status).toBe('destroyed')
    await engine.arrive()
    expect(await ready).toMatchObject({ code: 'destroyed' })
    await expect(client.load()).rejects.toMatchObject({ code: 'destroyed' })
    expect(fakeScripts()).toHaveLength(0)
    expect((window as any).FAKE_TOKEN).toBeUndefined()
  })
})

describe('when its engine cannot be loaded (a stale deploy, offline)', () => {
  it('reports load_failed, answers with it, and retry() asks for the engine again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const engine = heldEngine()
    const client = chat(engine)
    const ready = client.ready().catch((error) => error)
    client.call('say', 'lost')
    await engine.fail(new TypeError('Failed to fetch dynamically imported module'))
    expect(await ready).toMatchObject({ code: 'load_failed' })
    expect(client.getState()).toMatchObject({ status: 'error', error: { code: 'load_failed' } })
    // Nobody listened for errors: it is said on the console, never silent.
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
    client.open()
    expect(engine.asked()).toBe(1)
    const retried = client.retry()
    expect(engine.asked()).toBe(2)
    expect(client.getState().status).toBe('loading')
    await engine.arrive()
    loadFakeScript()
    await expect(retried).resolves.toBeUndefined()
    expect(client.getState().status).toBe('ready')
  })
})
