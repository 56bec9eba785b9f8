import { afterEach, expect, it, vi } from 'vitest'
import { createChatHandle, initialState } from './chatHandle'
import { createChat } from './createChat'
import { endFakeDownloads, fake, fakeScripts, loadFakeScript, settle } from './__fixtures__/fakeProvider'

const created: Array<{ destroy(): void }> = []
const chat = (token = 'hello') => {
  const client = createChat({ provider: fake, token, load: 'manual' })
  created.push(client)
  return client
}
afterEach(() => {
  created.splice(0).forEach((client) => client.destroy())
  endFakeDownloads()
})

it('keeps calls made before a chat is attached and hands them over in order', async () => {
  const handle = createChatHandle()
  expect(handle.getState()).toBe(initialState)
  handle.call('say', 'one')
  handle.open()
  handle.call('say', 'two')
  const loaded = handle.load()
  const first = chat()
  handle.attach(first)
  await settle()
  const calls = loadFakeScript()
  await loaded
  expect(calls).toEqual([
    ['say', ['one']],
    ['openUp', []],
    ['say', ['two']],
  ])
  expect(handle.getState()).toBe(first.getState())
})

it('a chat attached and detached in the same task never sees the waiting calls', async () => {
  const handle = createChatHandle()
  handle.open()
  const discarded = chat()
  handle.attach(discarded)
  handle.attach(undefined)
  discarded.destroy()
  const kept = chat('other')
  handle.attach(kept)
  await settle()
  expect(fakeScripts()).toHaveLength(1)
  expect(fakeScripts()[0]!.src).toContain('/other.js')
})

it('event handlers and state subscribers follow the chat across re-creation', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  const handle = createChatHandle()
  const readies: string[] = []
  let notified = 0
  handle.on('ready', () => readies.push('ready'))
  handle.subscribe(() => notified++)

  const first = chat()
  handle.attach(first)
  void handle.load()
  await settle()
  loadFakeScript()
  await first.ready()
  handle.attach(undefined)
  first.destroy()

  const second = chat('again')
  handle.attach(second)
  void handle.load()
  await settle()
  loadFakeScript()
  await second.ready()
  expect(readies).toEqual(['ready', 'ready'])
  expect(notified).toBeGreaterThan(3)

  // Unsubscribing through the handle reaches the attached chat.
  const errors: string[] = []
  const stop = handle.on('error', () => errors.push('stopped handler'))
  handle.on('error', (error) => errors.push(error.code))
  stop()
  handle.pageView()
  expect(errors).toEqual(['unsupported'])
})

it('answers with a promise only where the client does: open() and the like return nothing', async () => {
  const handle = createChatHandle()
  expect(handle.open()).toBeUndefined()
  expect(handle.call('say', 'hi')).toBeUndefined()
  const ready = handle.ready()
  expect(ready).toBeInstanceOf(Promise)
  handle.attach(chat())
  expect(handle.close()).toBeUndefined()
  expect(handle.load()).toBeInstanceOf(Promise)
  await settle()
  loadFakeScript()
  await expect(ready).resolves.toBeUndefined()
})
