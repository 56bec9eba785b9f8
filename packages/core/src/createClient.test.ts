import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChatError } from './chatError'
import { createClient } from './createClient'
import { engineFront } from './__fixtures__/engineFront'
import type { VendorWindow } from './defineProvider'
import { KEEP_LANDED } from './orphanScripts'
import { IDLE_MAX_WAIT } from './strategies'
import { validateOptions } from './validateOptions'
import { defineProvider, type AnyProvider } from './defineProvider'
import type { ChatOptions, ScriptRequest } from './options'
import {
  endFakeDownloads,
  fake,
  fakeScripts,
  loadFakeScript,
  runFakeVendor,
  settle,
} from './__fixtures__/fakeProvider'

// The engine, as a front hands over to it when nothing happened before (front.test.ts is about
// the front).
function createChat<P extends AnyProvider>(input: ChatOptions<P>, win = window as VendorWindow) {
  const options = validateOptions(input)
  return createClient(options, win, engineFront(options, win))
}

const chats: Array<{ destroy(): void }> = []
function chat(options: Partial<ChatOptions<typeof fake>> = {}) {
  const client = createChat({ provider: fake, token: 'hello', load: 'eager', ...options })
  chats.push(client)
  return client
}

afterEach(() => {
  chats.splice(0).forEach((client) => client.destroy())
  endFakeDownloads()
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

describe('warm-up', () => {
  const hints = () => [...document.querySelectorAll<HTMLLinkElement>('link[rel=preconnect]')]

  it("once the page is idle, a chat that waits for the visitor opens a connection to the vendor's host, and nothing more", async () => {
    vi.useFakeTimers()
    const client = chat({ load: 'interaction', nonce: 'abc123==' })
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT)
    expect(hints().map((link) => [link.href, link.getAttribute('nonce')])).toEqual([
      ['https://fake.example/', 'abc123=='],
    ])
    expect(fakeScripts()).toHaveLength(0)
    client.destroy()
    expect(hints()).toEqual([])
  })

  it('a provider by name whose chunk arrives after the page went idle: the connection once it is here', async () => {
    vi.useFakeTimers()
    let arrive!: (provider: typeof fake) => void
    const lazy = {
      name: 'fake',
      token: fake.token,
      capabilities: [],
      load: () => new Promise<typeof fake>((resolve) => (arrive = resolve)),
    }
    const options = validateOptions({
      provider: lazy as never,
      token: 'hello',
      load: 'interaction',
    })
    const client = createClient(options, window as VendorWindow, engineFront(options))
    chats.push(client)
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT)
    expect(hints()).toEqual([])
    arrive(fake)
    await vi.advanceTimersByTimeAsync(0)
    expect(hints().map((link) => link.href)).toEqual(['https://fake.example/'])
    expect(fakeScripts()).toHaveLength(0)
  })

  it('none without consent, none for a same-origin script, none when the script loads anyway', async () => {
    vi.useFakeTimers()
    const withheld = chat({ load: 'manual', consent: false })
    const selfHosted = chat({ load: 'manual', token: 'other', scriptUrl: '/fake.js' })
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT)
    expect(hints()).toEqual([])
    withheld.destroy()
    selfHosted.destroy()
    chat({ load: 'idle' })
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT)
    expect(fakeScripts()).toHaveLength(1)
    expect(hints()).toEqual([])
  })

  it('the script asks for no full URL, and goes first when the visitor asked for it', async () => {
    const client = chat({ load: 'interaction' })
    await settle()
    window.dispatchEvent(new Event('pointerdown'))
    const [byStrategy] = fakeScripts()
    expect(byStrategy!.getAttribute('referrerpolicy')).toBe('strict-origin-when-cross-origin')
    expect(byStrategy!.hasAttribute('fetchpriority')).toBe(false)
    client.destroy()
    await settle()
    endFakeDownloads()
    const asked = chat({ load: 'manual', referrerPolicy: 'no-referrer' })
    asked.open()
    const [byIntent] = fakeScripts()
    expect(byIntent!.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(byIntent!.getAttribute('fetchpriority')).toBe('high')
  })
})

describe("the vendor's own button", () => {
  it('is watched from the install on: buttonShown the moment it is drawn, ready or not; false once the vendor goes', async () => {
    const withButton = defineProvider({ ...fake, button: '.fake-button' })
    const client = chat({ provider: withButton })
    expect(client.supports('button')).toBe(true)
    expect(client.getState().buttonShown).toBe(false)
    await settle()
    const button = document.createElement('button')
    button.className = 'fake-button'
    button.style.display = 'none'
    document.body.append(button)
    await settle()
    expect(client.getState().buttonShown).toBe(false)
    button.style.display = ''
    await settle()
    expect(client.getState()).toMatchObject({ status: 'loading', buttonShown: true })
    client.setConsent(false)
    expect(client.getState().buttonShown).toBe(false)
    button.remove()
  })

  it('is null where the provider cannot tell', () => {
    const client = chat()
    expect(client.supports('button')).toBe(false)
    expect(client.getState().buttonShown).toBeNull()
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

  it('after a failed load, opening asks for nothing: the call waits, and only retry() fetches again', async () => {
    const client = chat()
    const errors: string[] = []
    client.on('error', (error) => errors.push(error.code))
    await settle()
    fakeScripts()[0]!.dispatchEvent(new Event('error'))
    await settle()
    client.open()
    client.open()
    expect(fakeScripts()).toHaveLength(0)
    expect(errors).toEqual(['load_failed'])
    client.retry().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
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
    await expect(value).rejects.toMatchObject({
      code: 'vendor',
      message: expect.stringContaining('greeting threw'),
    })
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

describe('consent withdrawn and granted again', () => {
  it('waits for the strategy afresh, though load() had been asked before', async () => {
    const client = chat({ load: 'interaction' })
    client.load().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
    client.setConsent(false)
    client.setConsent(true)
    await settle()
    expect(fakeScripts()).toHaveLength(0)
    expect(client.getState().status).toBe('waiting')
    window.dispatchEvent(new Event('pointerdown'))
    expect(fakeScripts()).toHaveLength(1)
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
    // Its script (another token, another URL) was still downloading: the next chat waits for it.
    endFakeDownloads()

    const again = chat()
    await settle()
    loadFakeScript()
    await again.ready()
    expect(again.getState().status).toBe('ready')
  })
})

describe('scriptLoader (a framework adds the script)', () => {
  const handedOver: ScriptRequest[] = []
  // A framework's script ends its download some time, even once core has let go of it.
  afterEach(() => {
    chats.splice(0).forEach((client) => client.destroy())
    handedOver.splice(0).forEach((request) => request.failed())
  })

  function recordingLoader(answer: 'take' | 'decline' = 'take') {
    const requests: ScriptRequest[] = []
    const removed: string[] = []
    const scriptLoader = vi.fn((request: ScriptRequest) => {
      requests.push(request)
      handedOver.push(request)
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
    endFakeDownloads()

    const taking = recordingLoader()
    const shaped = defineProvider({ ...fake, prepareScript: (script) => (script.id = 'shaped') })
    chats.push(
      createChat({
        provider: shaped,
        token: 'hello',
        load: 'eager',
        scriptLoader: taking.scriptLoader,
      }),
    )
    await settle()
    expect(taking.scriptLoader).not.toHaveBeenCalled()
    expect(document.getElementById('shaped')).not.toBeNull()
  })

  it('rejects a scriptLoader that is not a function', () => {
    expect(() => chat({ scriptLoader: 'next/script' as never })).toThrow(
      /"scriptLoader": expected a function/,
    )
  })
})

describe('a script still downloading when its chat goes', () => {
  it('is adopted by the next chat with the same provider and token: one element, one run', async () => {
    const first = chat()
    first.call('say', 'lost')
    await settle()
    const [element] = fakeScripts()
    first.destroy()
    expect(fakeScripts()).toHaveLength(0)
    const second = chat()
    second.call('say', 'kept')
    await settle()
    expect(fakeScripts()).toEqual([element])
    const calls = loadFakeScript()
    await second.ready()
    expect(calls).toEqual([['say', ['kept']]])
  })

  it('runs and is taken out before a chat with another token installs', async () => {
    const first = chat()
    await settle()
    const [element] = fakeScripts()
    first.destroy()
    const second = chat({ token: 'other' })
    await settle()
    expect(second.getState().status).toBe('loading')
    expect(fakeScripts()).toHaveLength(0)
    // The first script arrives: its vendor runs, is taken out, and only then the second installs.
    runFakeVendor(window as any)
    element!.dispatchEvent(new Event('load'))
    expect((window as any).Fake).toBeUndefined()
    await settle()
    expect(fakeScripts().map((script) => script.src)).toEqual(['https://fake.example/other.js'])
    loadFakeScript()
    await second.ready()
  })
})

describe('a script that ran after its chat went', () => {
  /** A chat created and destroyed while its script downloads; then its script runs. */
  async function landedWithoutChat(wait: () => Promise<unknown> = settle) {
    const first = chat()
    first.call('say', 'lost')
    await wait()
    const [element] = fakeScripts()
    first.destroy()
    const calls = runFakeVendor(window as any)
    element!.dispatchEvent(new Event('load'))
    return { element: element!, calls }
  }

  it('is kept a moment: a chat created meanwhile takes over the running vendor, with no second script', async () => {
    const { element, calls } = await landedWithoutChat()
    expect((window as any).Fake).toBeDefined()
    const second = chat()
    second.call('say', 'kept')
    await settle()
    expect(fakeScripts()).toEqual([element])
    await second.ready()
    expect(calls).toEqual([['say', ['kept']]])
  })

  it(`is taken out after ${KEEP_LANDED} ms with no chat, and the next chat loads afresh`, async () => {
    vi.useFakeTimers()
    const { element } = await landedWithoutChat(() => vi.advanceTimersByTimeAsync(0))
    await vi.advanceTimersByTimeAsync(KEEP_LANDED)
    expect((window as any).Fake).toBeUndefined()
    expect(document.getElementById('fake-widget')).toBeNull()
    expect(element.isConnected).toBe(false)
    chat()
    await vi.advanceTimersByTimeAsync(0)
    expect(fakeScripts()).toHaveLength(1)
    expect(fakeScripts()[0]).not.toBe(element)
  })

  it('is not taken over by a chat with other settings: taken out, and that chat loads its own', async () => {
    const { element } = await landedWithoutChat()
    chat({ options: { greeting: 'other' } })
    await settle()
    expect(document.getElementById('fake-widget')).toBeNull()
    expect(fakeScripts()).toHaveLength(1)
    expect(fakeScripts()[0]).not.toBe(element)
    expect((window as any).FAKE_GREETING).toBe('other')
  })
})

describe('one page, one registry per document', () => {
  it("an iframe's chat neither waits for nor displaces the page's script in flight", async () => {
    const frame = document.createElement('iframe')
    document.body.append(frame)
    const frameWindow = frame.contentWindow as VendorWindow
    const first = chat()
    await settle()
    const [element] = fakeScripts()
    first.destroy()
    const inFrame = createChat({ provider: fake, token: 'hello', load: 'eager' }, frameWindow)
    await settle()
    expect(fakeScripts(frameWindow.document)).toHaveLength(1)
    inFrame.destroy()
    chat()
    await settle()
    expect(fakeScripts()).toEqual([element])
    frame.remove()
  })
})

describe('retry() and readiness', () => {
  it('retry() while the script is still downloading adds no second script and waits for it', async () => {
    vi.useFakeTimers()
    const client = chat({ timeout: 1000 })
    client.call('say', 'once')
    await vi.advanceTimersByTimeAsync(1000)
    expect(client.getState().error?.code).toBe('timeout')
    const retried = client.retry()
    expect(client.getState()).toMatchObject({ status: 'loading', error: null })
    expect(fakeScripts()).toHaveLength(1)
    const calls = loadFakeScript()
    await retried
    expect(calls).toEqual([['say', ['once']]])
  })

  const started = defineProvider({ ...fake, hasStarted: ({ window: w }) => !!w.Fake })

  it('without a ready signal, ready waits for the vendor API (hasStarted), not just the load event', async () => {
    vi.useFakeTimers()
    const client = createChat({ provider: started, token: 'hello', load: 'eager', timeout: 1000 })
    chats.push(client)
    await vi.advanceTimersByTimeAsync(0)
    fakeScripts()[0]!.dispatchEvent(new Event('load'))
    await vi.advanceTimersByTimeAsync(300)
    expect(client.getState().status).toBe('loading')
    runFakeVendor(window as any)
    await vi.advanceTimersByTimeAsync(100)
    expect(client.getState().status).toBe('ready')
  })

  it('a script that throws at its top level is a vendor error, its calls kept for retry', async () => {
    const client = createChat({ provider: started, token: 'hello', load: 'eager' })
    chats.push(client)
    const errors: ChatError[] = []
    client.on('error', (error) => errors.push(error))
    client.call('say', 'kept')
    await settle()
    const [script] = fakeScripts()
    window.dispatchEvent(
      new ErrorEvent('error', { error: new Error('boom'), filename: script!.src }),
    )
    script!.dispatchEvent(new Event('load'))
    expect(client.getState().status).toBe('error')
    expect(errors.map((error) => [error.code, error.message])).toEqual([
      ['vendor', expect.stringContaining('boom')],
    ])
    const retried = client.retry()
    const calls = loadFakeScript()
    await retried
    expect(calls).toEqual([['say', ['kept']]])
  })
})

describe('who hid the widget', () => {
  it('shows it again only when no reason is left: a route never shows what the app hid', async () => {
    const client = chat()
    await settle()
    const calls = loadFakeScript()
    await client.ready()
    client.hide()
    client.setHidden('route', true)
    client.setHidden('route', false)
    expect(calls).toEqual([
      ['vanish', []],
      ['vanish', []],
    ])
    expect(client.getState().visible).toBe(false)
    client.setHidden('route', true)
    client.show()
    expect(client.getState().visible).toBe(false)
    client.setHidden('route', false)
    expect(calls.at(-1)).toEqual(['appear', []])
    expect(client.getState().visible).toBe(true)
  })
})
