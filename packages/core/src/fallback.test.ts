// Issue 26, part 1: a way forward when the vendor cannot load (the fallback), the error saying why,
// and a load that failed offline tried again once the browser is back online.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { builtins } from './builtins'
import { validateChatOptions } from './createChat'
import { createClient } from './createClient'
import type { AnyProvider, VendorWindow } from './defineProvider'
import { followFallback } from './fallback'
import { createFront } from './front'
import { createLauncher } from './launcher'
import type { ChatOptions } from './options'
import { validateOptions } from './validateOptions'
import { engineFront } from './__fixtures__/engineFront'
import {
  endFakeDownloads,
  fake,
  fakeScripts,
  loadFakeScript,
  settle,
} from './__fixtures__/fakeProvider'
import type { ChatError } from './chatError'

const chats: Array<{ destroy(): void }> = []
function chat(options: Partial<ChatOptions<typeof fake>> = {}) {
  const resolved = validateOptions<AnyProvider>({
    provider: fake,
    token: 'hello',
    load: 'eager',
    ...options,
  })
  const client = createClient(resolved, window as VendorWindow, engineFront(resolved))
  chats.push(client)
  return client
}

/** The browser's word on the visitor's gesture (jsdom has none) and on the network. */
function gesture(active: boolean) {
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: active },
    configurable: true,
  })
}
function online(on: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(on)
  if (on) window.dispatchEvent(new Event('online'))
}
/** The probe that tells a blocked request from a server's refusal: answered or not. */
function serverAnswers(answers: boolean) {
  return vi
    .spyOn(globalThis, 'fetch')
    .mockImplementation(() =>
      answers
        ? Promise.resolve(new Response(null))
        : Promise.reject(new TypeError('Failed to fetch')),
    )
}

/**
 * A chat whose own engine chunk is lost the first `lost` times it is fetched (as offline), then
 * arrives; `fetches()` counts the requests for it.
 */
function chatLosingEngine(options: Partial<ChatOptions<typeof fake>>, lost = 1) {
  let fetches = 0
  const client = createFront(
    validateOptions<AnyProvider>({ provider: fake, token: 'hello', ...options }),
    window as VendorWindow,
    () =>
      fetches++ < lost
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : import('./createClient'),
  )
  chats.push(client)
  return { client, fetches: () => fetches }
}

async function failScript() {
  await settle()
  fakeScripts()[0]!.dispatchEvent(new Event('error'))
  await settle()
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  chats.splice(0).forEach((client) => client.destroy())
  endFakeDownloads()
  vi.restoreAllMocks()
  delete (navigator as { userActivation?: unknown }).userActivation
})

describe('the fallback option', () => {
  it('takes a function, an http(s), mailto: or tel: URL, or a path; anything else names it', () => {
    const valid = (fallback: unknown) =>
      validateChatOptions({ provider: 'chatra', token: 'abcdefgh12', fallback: fallback as never })
    for (const fallback of [
      'https://example.com/contact',
      'mailto:help@example.com?subject=Chat',
      'tel:+4930123',
      '/contact',
      () => {},
    ])
      expect(() => valid(fallback)).not.toThrow()
    for (const fallback of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'contact us',
      '/a"><img',
      5,
      {},
    ])
      expect(() => valid(fallback)).toThrow(
        expect.objectContaining({ code: 'config', message: expect.stringContaining('"fallback"') }),
      )
  })

  it("is Rayzing's hosted chat page unless the app gives one", () => {
    const token = '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30'
    // A built-in by name, as createChat resolves it: its facts stand for it until its chunk comes.
    const resolve = (name: 'rayzing' | 'chatra', token: string, fallback?: string) =>
      validateOptions({ provider: builtins[name] as never, token, fallback }).fallback
    expect(resolve('rayzing', token)).toBe(
      'https://page.rayzing.ai/63d9ffa77a8d152facbe2f2f/63d9ffa77a8d152facbe2f30',
    )
    expect(resolve('rayzing', token, '/contact')).toBe('/contact')
    expect(resolve('chatra', 'abcdefgh12')).toBeUndefined()
  })
})

describe('when the vendor script cannot be loaded', () => {
  it('says it was blocked when the request gets no answer, and the state offers the fallback', async () => {
    serverAnswers(false)
    const client = chat({ fallback: '/contact' })
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await failScript()
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'load_failed', reason: 'blocked' })
    expect(client.getState()).toMatchObject({ status: 'error', fallback: true })
  })

  it('says the server refused it when the request is answered (a 404, a 500)', async () => {
    const probe = serverAnswers(true)
    const client = chat()
    await failScript()
    expect(client.getState()).toMatchObject({
      error: { code: 'load_failed', reason: 'server' },
      fallback: false,
    })
    // The one request that tells: no-cors, no cookies, no cache, as private as the script's own.
    expect(probe).toHaveBeenCalledWith(
      'https://fake.example/hello.js',
      expect.objectContaining({
        mode: 'no-cors',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'strict-origin-when-cross-origin',
      }),
    )
  })

  it('a script that arrives but never starts is a timeout, and the fallback too', async () => {
    vi.useFakeTimers()
    const client = chat({ fallback: '/contact', timeout: 1000 })
    await vi.advanceTimersByTimeAsync(0)
    await vi.advanceTimersByTimeAsync(1000)
    expect(client.getState()).toMatchObject({
      status: 'error',
      error: { code: 'timeout' },
      fallback: true,
    })
    vi.useRealTimers()
  })
})

describe('while chatmount asks why the script failed', () => {
  /** The extra request, held until the test answers it. */
  function heldProbe() {
    let answer!: (answered: boolean) => void
    vi.spyOn(globalThis, 'fetch').mockImplementation(
      () =>
        new Promise((resolve, reject) => {
          answer = (answered) =>
            answered ? resolve(new Response(null)) : reject(new TypeError('Failed to fetch'))
        }),
    )
    return (answered: boolean) => (answer(answered), settle())
  }

  it('a chat destroyed meanwhile reports nothing when the answer comes', async () => {
    const answer = heldProbe()
    const client = chat()
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await failScript()
    expect(client.getState().status).toBe('loading')
    client.destroy()
    await answer(false)
    expect(errors).toEqual([])
    expect(client.getState().status).toBe('destroyed')
  })

  it('retry() meanwhile adds no second script; the failure then comes once, with its reason', async () => {
    const answer = heldProbe()
    const client = chat()
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await failScript()
    const [failed] = fakeScripts()
    client.retry().catch(() => {})
    // Still the one that failed, until the answer says why.
    expect(fakeScripts()).toEqual([failed])
    await answer(true)
    expect(errors.map(({ code, reason }) => [code, reason])).toEqual([['load_failed', 'server']])
    expect(fakeScripts()).toHaveLength(0)
    client.retry().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
    expect(fakeScripts()[0]).not.toBe(failed)
  })
})

describe('offline', () => {
  it('asks nothing while offline and loads once when the browser is back online, never again by itself', async () => {
    const probe = serverAnswers(false)
    online(false)
    const client = chat()
    await failScript()
    expect(client.getState().error).toMatchObject({ code: 'load_failed', reason: 'offline' })
    expect(probe).not.toHaveBeenCalled()
    // Retrying while still offline adds no request that cannot be answered.
    await expect(client.retry()).rejects.toMatchObject({ reason: 'offline' })
    expect(fakeScripts()).toHaveLength(0)
    online(true)
    expect(fakeScripts()).toHaveLength(1)
    expect(client.getState().status).toBe('loading')
    loadFakeScript()
    await client.ready()
    window.dispatchEvent(new Event('online'))
    expect(fakeScripts()).toHaveLength(1)
    expect(client.getState().status).toBe('ready')
  })

  it('a chat destroyed while offline does not load when the network returns', async () => {
    online(false)
    const client = chat()
    await failScript()
    client.destroy()
    online(true)
    expect(fakeScripts()).toHaveLength(0)
  })

  it("when chatmount's own engine could not be fetched offline, asks for it again once online", async () => {
    online(false)
    const { client, fetches } = chatLosingEngine({ load: 'eager' })
    await settle()
    expect(client.getState().error).toMatchObject({ code: 'load_failed', reason: 'offline' })
    online(true)
    await settle()
    expect(fetches()).toBe(2)
    expect(fakeScripts()).toHaveLength(1)
  })

  it('the engine lost offline, then a click: no request while offline, and the vendor loads once back online', async () => {
    online(false)
    const { client, fetches } = chatLosingEngine({ load: 'manual' })
    await settle()
    const { error } = client.getState()
    expect(error).toMatchObject({ code: 'load_failed', reason: 'offline' })
    // The launcher's click (a retry) while still offline: the same error, nothing asked for.
    await expect(client.retry()).rejects.toBe(error)
    await settle()
    expect(fetches()).toBe(1)
    expect(client.getState()).toMatchObject({ status: 'error', error })
    online(true)
    await settle()
    expect(fetches()).toBe(2)
    expect(fakeScripts()).toHaveLength(1)
  })

  it('the engine lost offline with nobody asking to load: back online it arrives, and the chat waits for its strategy', async () => {
    online(false)
    const { client, fetches } = chatLosingEngine({ load: 'manual' })
    await settle()
    online(true)
    await settle()
    expect(fetches()).toBe(2)
    expect(client.getState().status).toBe('idle')
    expect(fakeScripts()).toHaveLength(0)
  })
})

describe("open() after a failure, from the visitor's gesture", () => {
  it('runs a function fallback with the error, and queues nothing for the vendor', async () => {
    const fallback = vi.fn()
    const client = chat({ fallback })
    await failScript()
    gesture(true)
    client.open()
    expect(fallback).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'load_failed', reason: 'blocked' }),
    )
    // A later successful retry does not pop the widget open: the visitor went elsewhere.
    client.retry().catch(() => {})
    const calls = loadFakeScript()
    await client.ready()
    expect(calls).toEqual([])
  })

  it('without a gesture (a timer, a script) the page stays where it is', async () => {
    const fallback = vi.fn()
    const client = chat({ fallback })
    await failScript()
    gesture(false)
    client.open()
    expect(fallback).not.toHaveBeenCalled()
  })

  it("what the app's function throws is reported as the browser reports errors, not thrown at open()", async () => {
    const reported = vi.fn()
    window.reportError = reported
    const client = chat({
      fallback: () => {
        throw new Error('app bug')
      },
    })
    await failScript()
    gesture(true)
    expect(() => client.open()).not.toThrow()
    expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'app bug' }))
  })

  it('a launcher leads there: data-fallback, and its click opens the fallback instead of retrying', async () => {
    const fallback = vi.fn()
    const client = chat({ fallback })
    const launcher = createLauncher(client)
    const stop = launcher.subscribe(() => {})
    await failScript()
    expect(launcher.getState()).toMatchObject({
      fallback: true,
      attributes: { 'data-fallback': '', 'data-status': 'error' },
    })
    gesture(true)
    launcher.activate()
    expect(fallback).toHaveBeenCalledTimes(1)
    expect(fakeScripts()).toHaveLength(0)
    stop()
  })

  it('without a fallback a launcher still retries', async () => {
    const client = chat()
    const launcher = createLauncher(client)
    const stop = launcher.subscribe(() => {})
    await failScript()
    expect(launcher.getState().attributes['data-fallback']).toBeUndefined()
    launcher.activate()
    expect(fakeScripts()).toHaveLength(1)
    stop()
  })

  it('also when the engine itself never came', async () => {
    const fallback = vi.fn()
    const { client } = chatLosingEngine({ load: 'manual', fallback }, Infinity)
    await settle()
    expect(client.getState()).toMatchObject({ status: 'error', fallback: true })
    gesture(true)
    client.open()
    // The step is a chunk of its own, fetched only now.
    await settle()
    expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
  })
})

describe('followFallback', () => {
  const page = () => ({
    navigator: { userActivation: { isActive: true } },
    document: { baseURI: 'https://shop.example/products/1' },
    location: { origin: 'https://shop.example', assign: vi.fn() },
    open: vi.fn(),
  })
  const error = {} as ChatError

  it('a page of the site, mailto: or tel: replaces this page, as a link would', () => {
    for (const [fallback, href] of [
      ['/contact', 'https://shop.example/contact'],
      ['mailto:help@shop.example', 'mailto:help@shop.example'],
      ['tel:+4930123', 'tel:+4930123'],
    ]) {
      const win = page()
      expect(followFallback(win as never, fallback!, error)).toBe(true)
      expect(win.location.assign).toHaveBeenCalledWith(href)
      expect(win.open).not.toHaveBeenCalled()
    }
  })

  it("another site's page (a hosted chat) opens in a new tab, without a handle back to this one", () => {
    const win = page()
    followFallback(win as never, 'https://page.rayzing.ai/a/b', error)
    expect(win.open).toHaveBeenCalledWith('https://page.rayzing.ai/a/b', '_blank', 'noopener')
    expect(win.location.assign).not.toHaveBeenCalled()
  })
})
