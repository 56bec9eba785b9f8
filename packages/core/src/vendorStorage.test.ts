// Withdrawn consent forgets what the vendor stored in the browser; destroy() keeps it, so a remount
// does not lose the visitor's conversation. The emulators store what the real scripts store.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ProviderName } from './builtinProviders'
import { emulatedChats } from './__fixtures__/emulatedChats'
import { defineProvider } from './defineProvider'
import { forgetVendorStorage } from './vendorStorage'

const emulated = emulatedChats()

/** What each vendor's emulator stores, as its real script does: [where, name]. */
const stored: Array<[ProviderName, 'local' | 'cookie', string]> = [
  ['raychat', 'local', 'rayToken'],
  ['chatra', 'local', 'Chatra.clientId'],
  ['onwebchat', 'cookie', 'onwbchtclientid'],
  ['rayzing', 'local', '__BotPenguinUser'],
]
const present = (where: 'local' | 'cookie', name: string) =>
  where == 'local'
    ? localStorage.getItem(name) !== null
    : document.cookie.split('; ').some((cookie) => cookie.startsWith(name + '='))

afterEach(() => {
  localStorage.clear()
  for (const cookie of document.cookie.split('; '))
    document.cookie = `${cookie.split('=')[0]}=; Max-Age=0; path=/`
})

describe('withdrawn consent forgets what the vendor stored', () => {
  it.each(stored)('%s: setConsent(false) removes its %s %s', async (provider, where, name) => {
    const client = emulated.chat(provider, {}, { timeout: 3000 })
    await client.load()
    // Rayzing's bot stores once its loader has run, Raychat once it is ready: both are by now.
    expect(present(where, name)).toBe(true)
    client.setConsent(false)
    // The code that forgets is a chunk of its own: it runs a moment later.
    await vi.waitFor(() => expect(present(where, name)).toBe(false))
  })

  it.each(stored)('%s: destroy() keeps its %s %s', async (provider, where, name) => {
    const client = emulated.chat(provider, {}, { timeout: 3000 })
    await client.load()
    client.destroy()
    expect(present(where, name)).toBe(true)
  })

  it('leaves the page’s own keys and cookies alone', async () => {
    localStorage.setItem('cart', '3 items')
    localStorage.setItem('old', 'the page’s own')
    document.cookie = 'session=abc; path=/'
    const client = emulated.chat('rayzing')
    await client.load()
    client.setConsent(false)
    await vi.waitFor(() => expect(localStorage.getItem('__BotPenguinUser')).toBeNull())
    expect(localStorage.getItem('cart')).toBe('3 items')
    expect(localStorage.getItem('old')).not.toBeNull()
    expect(document.cookie).toContain('session=abc')
  })
})

describe('forgetVendorStorage, for a provider of your own', () => {
  it('takes exact names and prefixes, in both storages and cookies', () => {
    const acme = defineProvider({
      name: 'acme',
      token: { pattern: /^\w+$/, expected: 'an id' },
      scriptUrl: () => 'https://acme.example/widget.js',
      install() {},
      operations: {},
      call() {},
      storage: { local: ['acme.*'], session: ['acmeTab'], cookies: ['acme_*'] },
    })
    localStorage.setItem('acme.visitor', '1')
    localStorage.setItem('acmeish', 'not ours')
    sessionStorage.setItem('acmeTab', '1')
    document.cookie = 'acme_id=1; path=/'
    forgetVendorStorage(acme, window as never)
    expect([localStorage.getItem('acme.visitor'), sessionStorage.getItem('acmeTab')]).toEqual([
      null,
      null,
    ])
    expect(localStorage.getItem('acmeish')).toBe('not ours')
    expect(document.cookie).not.toContain('acme_id')
  })
})
