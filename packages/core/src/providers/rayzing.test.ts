// Rayzing as its real loader behaves (VENDORS.md, "What the real scripts do": BotPenguin's loader,
// which Rayzing white-labels): ready once the loader has run, whatever its runtime does later;
// everything it added goes with the chat, and nothing the page had before.
import { injectEmulatorFault } from '@chatmount/testing'
import { beforeEach, describe, expect, it } from 'vitest'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { chat, errors } = emulated

// Each test starts from an empty page: what a chat left behind must not help the next one.
beforeEach(() => {
  document.head.replaceChildren()
  document.body.replaceChildren()
})

async function until(condition: () => unknown) {
  for (let i = 0; i < 100 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}

/** The page's own viewport meta and style, which the chat must leave alone. */
function pageHead() {
  const meta = document.createElement('meta')
  meta.name = 'viewport'
  meta.content = 'width=device-width'
  const style = document.createElement('style')
  style.textContent = 'body{margin:0}'
  document.head.append(meta, style)
  return { meta, style }
}

describe('rayzing', () => {
  it('is ready once its loader has added its root, though its runtime has not drawn the bot', async () => {
    injectEmulatorFault(window, 'rayzing', 'never-ready')
    const client = chat('rayzing', {}, { timeout: 400 })
    await client.load()
    expect(document.querySelector('botpenguin-root')).not.toBeNull()
    expect(document.getElementById('BotPenguin-messenger')).toBeNull()
    expect(client.getState().status).toBe('ready')
    expect(errors).toEqual([])
  })

  it('is ready with a loader under Rayzing’s own names (a <rayzing-root>)', async () => {
    const client = chat('rayzing', {}, { scriptUrl: '/own-names/loader.js', timeout: 400 })
    const loading = client.load()
    await new Promise((resolve) => setTimeout(resolve))
    // Nothing emulates that address: play the loader by hand, then the script's load.
    document.body.append(document.createElement('rayzing-root'))
    document.querySelector('script[data-chatmount]')!.dispatchEvent(new Event('load'))
    await loading
    expect(client.getState().status).toBe('ready')
  })

  it('destroy() takes out its root, messenger, launcher, style and extra viewport meta, and nothing of the page', async () => {
    const own = pageHead()
    const client = chat('rayzing')
    await client.load()
    await until(() => document.getElementById('botpenguin-launcher-12'))
    expect(document.head.querySelectorAll('meta[name=viewport]')).toHaveLength(2)
    client.destroy()
    expect(
      document.querySelectorAll(
        'botpenguin-root,#BotPenguin-messenger,#botpenguin-launcher-12,#rayzing-messenger-widget',
      ),
    ).toHaveLength(0)
    expect([...document.head.querySelectorAll('meta[name=viewport]')]).toEqual([own.meta])
    expect([...document.head.querySelectorAll('style')]).toEqual([own.style])
  })

  it('destroy() then a new chat: the loader runs again without throwing, and the new chat is ready', async () => {
    const first = chat('rayzing')
    await first.load()
    first.destroy()
    const second = chat('rayzing')
    await second.load()
    expect(second.getState().status).toBe('ready')
    expect(document.querySelectorAll('botpenguin-root')).toHaveLength(1)
    expect(errors).toEqual([])
  })
})
