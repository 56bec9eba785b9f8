import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { onWebChatIdFromUrl } from './onwebchat'
import { addScript, page, part, resetPage, settled, typeAndSend } from './testSupport'

type OnWebChat = {
  ar: unknown[]
  set(key: string, value: unknown): void
  get(key: string): unknown
}
let emulation: VendorEmulation

/** The install stub: queue while the real object is missing, forward once it exists. */
function installStub(): OnWebChat {
  const stub: OnWebChat = {
    ar: [],
    set(key, value) {
      if (page.onWebChat_) page.onWebChat_.set(key, value)
      else this.ar.push([key, value])
    },
    get(key) {
      return page.onWebChat_ && page.onWebChat_.get(key)
    },
  }
  page.onWebChat = stub
  return stub
}

async function load(src = 'https://www.onwebchat.com/clientchat/0a1b2c3d4e5f/extra') {
  expect(await settled(addScript(src))).toBe('load')
  const vendor = emulation.vendor('onwebchat')
  if (!vendor) throw new Error('onwebchat did not start')
  return vendor
}

beforeEach(() => {
  resetPage()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

describe('onWebChat emulator', () => {
  it('applies the queued pairs in order, then calls onWebChatLoaded', async () => {
    const onWebChat = installStub()
    const seen: unknown[] = []
    onWebChat.set('name', 'Dorothy')
    onWebChat.set('max', 1)
    onWebChat.set('onWebChatLoaded', () =>
      seen.push(onWebChat.get('name'), onWebChat.get('status')),
    )

    const vendor = await load()

    expect(page.onWebChat_).toBeDefined()
    expect(onWebChat.ar).toHaveLength(0)
    expect(seen).toEqual(['Dorothy', 'online'])
    expect(vendor.settings.chatId).toBe('0a1b2c3d4e5f')
    expect(vendor.isOpen).toBe(true)
    expect(vendor.visitor).toEqual({ name: 'Dorothy' })
    expect(vendor.calls).toEqual([
      { method: 'set', args: ['name', 'Dorothy'] },
      { method: 'set', args: ['max', 1] },
      { method: 'set', args: ['onWebChatLoaded', expect.any(Function)] },
      { method: 'get', args: ['name'] },
      { method: 'get', args: ['status'] },
    ])
    expect(document.getElementById('onwebchat_container')).not.toBeNull()
  })

  it('fires the callbacks, accepting onMinimized as onMinimize', async () => {
    const onWebChat = installStub()
    const fired: string[] = []
    for (const name of ['onClick', 'onMaximize', 'onMinimized', 'onTrigger', 'onStartWriting']) {
      onWebChat.set(name, () => fired.push(name))
    }
    const vendor = await load()

    vendor.open()
    vendor.close()
    vendor.trigger('Can we help?')
    vendor.open()
    typeAndSend('Hi')
    expect(fired).toEqual([
      'onClick',
      'onMaximize',
      'onMinimized',
      'onTrigger',
      'onClick',
      'onMaximize',
      'onStartWriting',
    ])
    expect(vendor.messages).toEqual([
      { from: 'agent', text: 'Can we help?' },
      { from: 'visitor', text: 'Hi' },
    ])
  })

  it('minimizes, maximizes, hides and shows with max and show', async () => {
    const onWebChat = installStub()
    const vendor = await load()
    onWebChat.set('max', 1)
    expect(vendor.isOpen).toBe(true)
    expect(onWebChat.get('max')).toBe(1)
    onWebChat.set('max', 0)
    expect(vendor.isOpen).toBe(false)
    onWebChat.set('show', 0)
    expect(vendor.isVisible).toBe(false)
    expect(document.getElementById('onwebchat_container')?.style.display).toBe('none')
    onWebChat.set('show', 1)
    expect(vendor.isVisible).toBe(true)
  })

  it('reports status, keeps it read-only and validates language', async () => {
    const onWebChat = installStub()
    const vendor = await load()
    vendor.goOffline()
    expect(onWebChat.get('status')).toBe('offline')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    onWebChat.set('status', 'online')
    expect(onWebChat.get('status')).toBe('offline')
    onWebChat.set('language', 'fr')
    expect(warn).toHaveBeenCalledTimes(2)
    warn.mockRestore()
    onWebChat.set('language', 'l2')
    expect(onWebChat.get('language')).toBe('l2')
  })

  it('raises unread for agent messages while minimized', async () => {
    installStub()
    const vendor = await load()
    vendor.agentMessage('Hello from support')
    expect(vendor.unread).toBe(1)
    expect(part('badge')?.textContent).toBe('1')
  })

  it('has a null chat id when the script address has another shape', async () => {
    installStub()
    const vendor = await load('/emulators/onwebchat.js')
    expect(vendor.settings.chatId).toBeNull()
    expect(onWebChatIdFromUrl('https://www.onwebchat.com/clientchat/abc')).toBe('abc')
    expect(onWebChatIdFromUrl('https://www.onwebchat.com/other/abc')).toBeNull()
  })

  it('throwOn("set") makes onWebChat.set throw', async () => {
    const onWebChat = installStub()
    const vendor = await load()
    vendor.throwOn('set')
    expect(() => onWebChat.set('name', 'Toto')).toThrow('onWebChat.set failed (emulated)')
    expect(vendor.visitor).toEqual({})
  })
})
