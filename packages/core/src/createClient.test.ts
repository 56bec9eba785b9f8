import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChatError } from './chatError'
import { createChat } from './createChat'
import { defineProvider } from './defineProvider'
import type { ScriptRequest } from './options'
import { fake, fakeScripts, loadFakeScript, runFakeVendor, settle } from './__fixtures__/fakeProvider'

const chats: Array<{ destroy(): void }> = []
function chat(options: Partial<Parameters<typeof createChat<typeof fake>>[0]> = {}) {
  const client = createChat({ provider: fake, token: 'hello', load: 'eager', ...options })
  chats.push(client)
  return client
}

afterEach(() => {
  chats.splice(0).forEach((client) => client.destroy())
  vi.useRealTimers()
})

describe('loading', () => {
  it('adds nothing to the page in the same task it is created in', () => {
    chat()
    expect(fakeScripts()).toHaveLength(0)
    expect((window as any).FAKE_TOKEN).toBeUndefined()
  })

  it('installs globals before adding exactly one script, however often load() is called', async () => {
    const client = chat({ options: { greeting: 'hi' } })
    await settle()
    client.load().catch(() => {})
    client.load().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
    expect((window as any).FAKE_TOKEN).toBe('hello')
    expect(fakeScripts()[0]!.src).toBe('https://fake.example/hello.js')
    expect(client.getState().status).toBe('loading')
    loadFakeScript()
    await client.ready()
    expect(client.getState().status).toBe('ready')
  })

  it('uses scriptUrl and nonce when given, resolving a path against the page', async () => {
    chat({ scriptUrl: '/emulators/fake.js', nonce: 'abc123==' })
    await settle()
    const [script] = fakeScripts()
    expect(script!.src).toBe(new URL('/emulators/fake.js', document.baseURI).href)
    expect(script!.getAttribute('nonce')).toBe('abc123==')
  })

  it('creating and destroying in one task (StrictMode) adds nothing at all', async () => {
    chat().destroy()
    await settle()
    expect(fakeScripts()).toHaveLength(0)
  })

  it('refuses a second live chat for the same provider instead of adding a second widget', async () => {
    const first = chat()
    const second = chat()
    const errors: ChatError[] = []
    second.on('error', (error) => errors.push(error))
    await settle()
    expect(fakeScripts()).toHaveLength(1)
    expect(second.getState().status).toBe('error')
    expect(errors[0]?.code).toBe('config')
    first.destroy()
    second.retry().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
  })
})

describe('the command queue', () => {
  it('replays calls made before ready once each, in order', async () => {
    const client = chat({ load: 'manual', visitor: { name: 'Ada' } })
    client.show()
    client.call('say', 'first')
    client.hide()
    client.call('say', 'second')
    await settle()
    client.load().catch(() => {})
    const calls = loadFakeScript()
    await client.ready()
    expect(calls).toEqual([
      ['who', [{ name: 'Ada' }]],
      ['appear', []],
      ['say', ['first']],
      ['vanish', []],
      ['say', ['second']],
    ])
    client.call('say', 'after')
    expect(calls.at(-1)).toEqual(['say', ['after']])
    expect(client.getState().visible).toBe(false)
  })

  it('open() starts loading even with the manual strategy', async () => {
    const client = chat({ load: 'manual' })
    await settle()
    expect(client.getState().status).toBe('idle')
    client.open()
    expect(fakeScripts()).toHaveLength(1)
    const calls = loadFakeScript()
    await client.ready()
    expect(calls).toEqual([['openUp', []]])
    expect(client.getState().open).toBe(true)
  })

  it('keeps queued calls through a failed load and delivers them after retry', async () => {
    const client = chat()
    client.call('say', 'kept')
    await settle()
    fakeScripts()[0]!.dispatchEvent(new Event('error'))
    await expect(client.ready()).rejects.toMatchObject({ code: 'load_failed' })
    const calls = await (async () => {
      const retried = client.retry()
      expect(fakeScripts()).toHaveLength(1)
      const calls = loadFakeScript()
      await retried
      return calls
    })()
    expect(calls).toEqual([['say', ['kept']]])
  })
})

describe('faults', () => {
  it('a blocked script: status error, ready() rejects with load_failed, retry adds exactly one script', async () => {
    const client = chat()
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await settle()
    const ready = client.ready()
    fakeScripts()[0]!.dispatchEvent(new Event('error'))
    await expect(ready).rejects.toBeInstanceOf(ChatError)
    await expect(ready).rejects.toMatchObject({ code: 'load_failed' })
    expect(client.getState()).toMatchObject({ status: 'error', error: { code: 'load_failed' } })
    expect(errors.map((error) => error.code)).toEqual(['load_failed'])
    expect(fakeScripts()).toHaveLength(0)
    client.retry().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
    expect(client.getState().status).toBe('loading')
  })

  it('a script that never signals ready times out', async () => {
    vi.useFakeTimers()
    const client = chat({ timeout: 3000 })
    await vi.advanceTimersByTimeAsync(0)
    const ready = client.ready()
    ready.catch(() => {})
    await vi.advanceTimersByTimeAsync(2999)
    expect(client.getState().status).toBe('loading')
    await vi.advanceTimersByTimeAsync(1)
    await expect(ready).rejects.toMatchObject({ code: 'timeout' })
    expect(client.getState().error?.code).toBe('timeout')
  })

  it('a vendor method that throws is reported through error and the app keeps running', async () => {
    const client = chat()
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await settle()
    const calls = loadFakeScript()
    await client.ready()
    expect(() => client.call('explode')).not.toThrow()
    client.call('say', 'still here')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({ code: 'vendor' })
    expect(calls).toEqual([['say', ['still here']]])
  })

  it('a getter that throws rejects its promise with a vendor error naming it', async () => {
    const broken = defineProvider({
      ...fake,
      get() {
        throw new Error('not yet')
      },
    })
    const client = createChat({ provider: broken, token: 'hello', load: 'eager' })
    chats.push(client)
    await settle()
    loadFakeScript()
    const value = client.get('greeting')
    await expect(value).rejects.toMatchObject({ code: 'vendor', message: expect.stringContaining('greeting threw') })
    expect(client.getState().status).toBe('ready')
  })

  it('an install that throws is one vendor error, and nothing of it stays in the page', async () => {
    const broken = defineProvider({
      ...fake,
      install({ window: w }) {
        w.FAKE_TOKEN = 'half'
        throw new Error('bad settings')
      },
      globals: ['FAKE_TOKEN'],
    })
    const client = createChat({ provider: broken, token: 'hello', load: 'manual' })
    chats.push(client)
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    await expect(client.load()).rejects.toMatchObject({ code: 'vendor' })
    expect(errors).toHaveLength(1)
    expect(errors[0]!.message).toContain('install threw')
    expect(fakeScripts()).toHaveLength(0)
    expect((window as any).FAKE_TOKEN).toBeUndefined()
  })

  it('an unsupported operation emits error "unsupported" and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const client = chat()
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    client.pageView()
    client.pageView()
    expect(errors.map((error) => error.code)).toEqual(['unsupported', 'unsupported'])
    expect(warn).toHaveBeenCalledTimes(1)
    expect(client.supports('pageView')).toBe(false)
    expect(client.supports('open')).toBe(true)
    warn.mockRestore()
  })

  it('a throwing event handler does not stop the others', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const client = chat()
    const seen: string[] = []
    client.on('ready', () => {
      throw new Error('app bug')
    })
    client.on('ready', () => seen.push('second'))
    await settle()
    loadFakeScript()
    await client.ready()
    expect(seen).toEqual(['second'])
    error.mockRestore()
  })
})

describe('state', () => {
  it('returns the same snapshot until something changes, and notifies subscribers', async () => {
    const client = chat({ load: 'manual' })
    const first = client.getState()
    expect(client.getState()).toBe(first)
    const statuses: string[] = []
    const unsubscribe = client.subscribe((state) => statuses.push(state.status))
    await settle()
    client.load().catch(() => {})
    loadFakeScript()
    await client.ready()
    unsubscribe()
    client.destroy()
    expect(statuses).toEqual(['loading', 'ready'])
    expect(client.getState().status).toBe('destroyed')
  })

  it('keeps each subscription on its own, even for the same handler', async () => {
    const client = chat({ load: 'manual' })
    const seen: string[] = []
    const handler = () => seen.push('ready')
    const first = client.on('ready', handler)
    client.on('ready', handler)
    first()
    await settle()
    client.load().catch(() => {})
    loadFakeScript()
    await client.ready()
    expect(seen).toEqual(['ready'])
  })

  it('get() resolves with the vendor value once ready', async () => {
    const client = chat({ options: { greeting: 'salam' } })
    const greeting = client.get('greeting')
    await settle()
    loadFakeScript()
    await expect(greeting).resolves.toBe('salam')
  })
})

describe('consent', () => {
  it('fetches and stores nothing until consent, then loads; revoking tears down', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const cookie = document.cookie
    const client = chat({ consent: false })
    client.open()
    await settle()
    expect(fakeScripts()).toHaveLength(0)
    expect((window as any).FAKE_TOKEN).toBeUndefined()
    expect(client.getState().status).toBe('waiting')
    expect(setItem).not.toHaveBeenCalled()
    expect(document.cookie).toBe(cookie)

    client.setConsent(true)
    expect(fakeScripts()).toHaveLength(1)
    const calls = loadFakeScript()
    await client.ready()
    expect(calls).toEqual([['openUp', []]])

    client.setConsent(false)
    expect(fakeScripts()).toHaveLength(0)
    expect(document.getElementById('fake-widget')).toBeNull()
    expect((window as any).Fake).toBeUndefined()
    expect(client.getState().status).toBe('waiting')
    setItem.mockRestore()
  })
})

describe('destroy', () => {
  it('leaves no script, global or vendor element, rejects waiting callers, and a new chat works', async () => {
    const client = chat()
    await settle()
    loadFakeScript()
    await client.ready()
    const ready = chat({ token: 'other' }).ready()
    client.destroy()
    expect(fakeScripts()).toHaveLength(0)
    expect(document.getElementById('fake-widget')).toBeNull()
    expect((window as any).Fake).toBeUndefined()
    expect((window as any).FAKE_TOKEN).toBeUndefined()
    await expect(client.ready()).rejects.toMatchObject({ code: 'destroyed' })
    chats.at(-1)!.destroy()
    await expect(ready).rejects.toMatchObject({ code: 'destroyed' })

    const again = chat()
    await settle()
    loadFakeScript()
    await again.ready()
    expect(again.getState().status).toBe('ready')
  })
})

describe('scriptLoader (a framework adds the script)', () => {
  function recordingLoader(answer: 'take' | 'decline' = 'take') {
    const requests: ScriptRequest[] = []
    const removed: string[] = []
    const scriptLoader = vi.fn((request: ScriptRequest) => {
      requests.push(request)
      if (answer == 'decline') return false as const
      return () => removed.push(request.src)
    })
    return { scriptLoader, requests, removed }
  }

  it('hands the script over instead of adding one, and its loaded() makes the chat ready', async () => {
    const { scriptLoader, requests } = recordingLoader()
    const client = chat({ scriptLoader, nonce: 'abc123==', load: 'manual' })
    client.call('say', 'queued')
    await settle()
    expect(scriptLoader).not.toHaveBeenCalled()
    client.load().catch(() => {})
    expect(fakeScripts()).toHaveLength(0)
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatchObject({
      id: 'chatmount-fake',
      src: 'https://fake.example/hello.js',
      nonce: 'abc123==',
      attributes: { 'data-chatmount': 'fake' },
    })
    // The globals are in place before the framework adds the script.
    expect((window as any).FAKE_TOKEN).toBe('hello')
    const calls = runFakeVendor(window as any)
    requests[0]!.loaded()
    await client.ready()
    expect(calls).toEqual([['say', ['queued']]])
  })

  it('failed() is a load_failed error; retry() removes the old script and asks again', async () => {
    const { scriptLoader, requests, removed } = recordingLoader()
    const client = chat({ scriptLoader })
    await settle()
    requests[0]!.failed()
    await expect(client.ready()).rejects.toMatchObject({ code: 'load_failed' })
    expect(removed).toEqual(['https://fake.example/hello.js'])
    client.retry().catch(() => {})
    expect(requests).toHaveLength(2)
    // A late answer about the first script changes nothing.
    requests[0]!.failed()
    expect(client.getState().status).toBe('loading')
    runFakeVendor(window as any)
    requests[1]!.loaded()
    await client.ready()
  })

  it('destroy() asks the framework to remove its script', async () => {
    const { scriptLoader, removed } = recordingLoader()
    chat({ scriptLoader }).destroy()
    await settle()
    expect(scriptLoader).not.toHaveBeenCalled()
    const client = chat({ scriptLoader })
    await settle()
    client.destroy()
    expect(removed).toHaveLength(1)
  })

  it('a loader that declines, or a provider that shapes its own element, gets core’s script', async () => {
    const declining = recordingLoader('decline')
    chat({ scriptLoader: declining.scriptLoader })
    await settle()
    expect(declining.requests).toHaveLength(1)
    expect(fakeScripts()).toHaveLength(1)
    chats.splice(0).forEach((client) => client.destroy())

    const taking = recordingLoader()
    const shaped = defineProvider({ ...fake, prepareScript: (script) => (script.id = 'shaped') })
    chats.push(createChat({ provider: shaped, token: 'hello', load: 'eager', scriptLoader: taking.scriptLoader }))
    await settle()
    expect(taking.scriptLoader).not.toHaveBeenCalled()
    expect(document.getElementById('shaped')).not.toBeNull()
  })

  it('rejects a scriptLoader that is not a function', () => {
    expect(() => chat({ scriptLoader: 'next/script' as never })).toThrow(/"scriptLoader": expected a function/)
  })
})
