import { afterEach, describe, expect, it, vi } from 'vitest'
import { createChatHandle, type ChatHandle } from './chatHandle'
import { initialState } from './initialState'
import type { CreateChatOptions } from './createChat'
import { ChatError } from './chatError'
import {
  endFakeDownloads,
  fake,
  fakeScripts,
  loadFakeScript,
  settle,
} from './__fixtures__/fakeProvider'

const handles: ChatHandle[] = []
function handleFor() {
  const handle = createChatHandle()
  handles.push(handle)
  return handle
}
/** Load the chat the handle holds and run its fake vendor: what it was called, from then on. */
async function readyFake(handle: ChatHandle) {
  void handle.load()
  await settle()
  const calls = loadFakeScript()
  await handle.ready()
  return calls
}
const options = (patch: Partial<CreateChatOptions<typeof fake>> = {}) =>
  ({ provider: fake, token: 'hello', load: 'manual', ...patch }) as CreateChatOptions<typeof fake>

afterEach(() => {
  handles.splice(0).forEach((handle) => handle.setOptions(null))
  endFakeDownloads()
})

describe('calls before a chat exists', () => {
  it('are kept and handed over in order once setOptions creates one', async () => {
    const handle = handleFor()
    expect(handle.getState()).toBe(initialState)
    handle.call('say', 'one')
    handle.open()
    handle.call('say', 'two')
    const loaded = handle.load()
    handle.setOptions(options())
    await settle()
    const calls = loadFakeScript()
    await loaded
    expect(calls).toEqual([
      ['say', ['one']],
      ['openUp', []],
      ['say', ['two']],
    ])
  })

  it('never reach a chat created and dropped in the same task (StrictMode)', async () => {
    const handle = handleFor()
    handle.open()
    handle.setOptions(options())
    handle.setOptions(null)
    handle.setOptions(options({ token: 'other' }))
    await settle()
    expect(fakeScripts().map((script) => script.src)).toEqual(['https://fake.example/other.js'])
  })

  it('answer with a promise only where the client does: open() and the like return nothing', async () => {
    const handle = handleFor()
    expect(handle.open()).toBeUndefined()
    expect(handle.call('say', 'hi')).toBeUndefined()
    const ready = handle.ready()
    expect(ready).toBeInstanceOf(Promise)
    handle.setOptions(options())
    expect(handle.close()).toBeUndefined()
    expect(handle.load()).toBeInstanceOf(Promise)
    await settle()
    loadFakeScript()
    await expect(ready).resolves.toBeUndefined()
  })
})

describe('setOptions decides what a change means', () => {
  it('equal options, however often passed, keep the same chat', async () => {
    const handle = handleFor()
    handle.setOptions(options({ options: { greeting: 'hi' }, visitor: { name: 'Ada' } }))
    const calls = await readyFake(handle)
    handle.setOptions(options({ options: { greeting: 'hi' }, visitor: { name: 'Ada' } }))
    handle.setOptions(options({ options: { greeting: 'hi' }, visitor: { name: 'Ada' } }))
    expect(handle.getState().status).toBe('ready')
    expect(fakeScripts()).toHaveLength(1)
    expect(calls).toEqual([['who', [{ name: 'Ada' }]]])
  })

  it('a new token or loading setup re-creates the chat, its handlers following it', async () => {
    const handle = handleFor()
    const readies: number[] = []
    let notified = 0
    handle.on('ready', () => readies.push(readies.length))
    handle.subscribe(() => notified++)
    handle.setOptions(options())
    await readyFake(handle)
    handle.setOptions(options({ token: 'again' }))
    expect(handle.getState().status).toBe('idle')
    void handle.load()
    await settle()
    expect(fakeScripts().map((script) => script.src)).toEqual(['https://fake.example/again.js'])
    loadFakeScript()
    await handle.ready()
    expect(readies).toEqual([0, 1])
    expect(notified).toBeGreaterThan(3)
    handle.setOptions(options({ token: 'again', timeout: 5000 }))
    expect(handle.getState().status).toBe('idle')
  })

  it('a new visitor identifies once; a visitor gone (logout) resets', async () => {
    const handle = handleFor()
    handle.setOptions(options())
    const calls = await readyFake(handle)
    handle.setOptions(options({ visitor: { name: 'Ada' } }))
    handle.setOptions(options({ visitor: { name: 'Ada' } }))
    handle.setOptions(options({ visitor: { name: 'Grace' } }))
    handle.setOptions(options())
    expect(calls).toEqual([
      ['who', [{ name: 'Ada' }]],
      ['who', [{ name: 'Grace' }]],
      ['forget', []],
    ])
  })

  it('a user signs in when it comes, and the vendor forgets them when it goes (logout)', async () => {
    const handle = handleFor()
    handle.setOptions(options())
    const calls = await readyFake(handle)
    handle.setOptions(options({ user: { id: 'u1', token: 'proof' } }))
    handle.setOptions(options({ user: { id: 'u1', token: 'proof' } }))
    handle.setOptions(options())
    expect(calls).toEqual([
      ['login', [{ id: 'u1', token: 'proof' }]],
      ['forget', []],
    ])
  })

  it('a new consent grants or revokes without re-creating', async () => {
    const handle = handleFor()
    handle.setOptions(options({ consent: false, load: 'eager' }))
    await settle()
    expect(handle.getState().status).toBe('waiting')
    handle.setOptions(options({ consent: true, load: 'eager' }))
    expect(fakeScripts()).toHaveLength(1)
    loadFakeScript()
    await handle.ready()
    handle.setOptions(options({ consent: false, load: 'eager' }))
    expect(handle.getState().status).toBe('waiting')
    expect(fakeScripts()).toHaveLength(0)
  })

  it('consent decided since by setConsent (a consent platform’s bridge) stays when the same options come again', async () => {
    const handle = handleFor()
    handle.setOptions(options({ consent: false, load: 'eager' }))
    await settle()
    handle.setConsent(true)
    expect(fakeScripts()).toHaveLength(1)
    loadFakeScript()
    await handle.ready()
    // A framework passes its options again after every render: nothing changed, nothing undone.
    handle.setOptions(options({ consent: false, load: 'eager' }))
    expect(handle.getState().status).toBe('ready')
    expect(fakeScripts()).toHaveLength(1)
  })

  it('invalid options throw a config error and change nothing', async () => {
    const handle = handleFor()
    handle.setOptions(options())
    const before = handle.getState()
    expect(() => handle.setOptions(options({ token: 'NOT A TOKEN' }))).toThrow(ChatError)
    expect(() => handle.setOptions(options({ consent: 'yes' as never }))).toThrow(/"consent"/)
    expect(handle.getState()).toBe(before)
  })

  it('null destroys the chat; the handle can take options again', async () => {
    const handle = handleFor()
    handle.setOptions(options({ load: 'eager' }))
    await settle()
    expect(fakeScripts()).toHaveLength(1)
    handle.setOptions(null)
    expect(fakeScripts()).toHaveLength(0)
    expect(handle.getState()).toBe(initialState)
    endFakeDownloads()
    handle.setOptions(options({ load: 'eager' }))
    await settle()
    expect(fakeScripts()).toHaveLength(1)
  })
})

describe('provider settings through setOptions', () => {
  it('are applied in place where the vendor can, and re-create the chat where it cannot', async () => {
    const handle = handleFor()
    const updatable = {
      ...fake,
      operations: { ...fake.operations, updateOptions: () => [['configure'] as const] },
    }
    handle.setOptions(options({ provider: updatable as never, options: { greeting: 'hi' } }))
    const calls = await readyFake(handle)
    handle.setOptions(options({ provider: updatable as never, options: { greeting: 'salam' } }))
    expect(handle.getState().status).toBe('ready')
    expect(calls).toEqual([['configure', []]])
    expect(await handle.get('greeting')).toBe('hi') // FAKE_GREETING is read at install
  })

  it('re-create the chat for a provider that cannot take them at run time', async () => {
    const handle = handleFor()
    handle.setOptions(options({ options: { greeting: 'hi' } }))
    await readyFake(handle)
    handle.setOptions(options({ options: { greeting: 'salam' } }))
    expect(handle.getState().status).toBe('idle')
    void handle.load()
    await settle()
    loadFakeScript()
    expect(await handle.get('greeting')).toBe('salam')
  })
})

describe('what an app makes again on every render', () => {
  it('a provider object written inline re-creates the chat each time, and says so once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const handle = handleFor()
    for (let render = 0; render < 3; render++)
      handle.setOptions(options({ provider: { ...fake } as never }))
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/fake: a new provider object with the same name/)
    warn.mockRestore()
  })

  it('a function among the provider settings that alone changed is kept as it was, and said once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const handle = handleFor()
    for (let render = 0; render < 3; render++)
      handle.setOptions(options({ options: { greeting: 'hi', onSaid: () => {} } as never }))
    expect(handle.getState().status).toBe('idle')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(warn.mock.calls[0]![0]).toMatch(/options\.onSaid is a new function/)
    warn.mockRestore()
  })

  it('the same provider object and functions: no word', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const handle = handleFor()
    const onSaid = () => {}
    for (let render = 0; render < 3; render++)
      handle.setOptions(options({ options: { greeting: 'hi', onSaid } as never }))
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })
})
