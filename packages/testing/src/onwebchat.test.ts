import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { bootOnWebChat, onWebChatIdFromUrl } from './onwebchat'
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

/** Until `onWebChatLoaded` has fired: about 500 ms after the UI, as the real script does. */
async function loaded(vendor: { ready: boolean }) {
  for (let i = 0; i < 100 && !vendor.ready; i++)
    await new Promise((resolve) => setTimeout(resolve, 10))
  expect(vendor.ready).toBe(true)
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
    expect(seen).toEqual([])
    await loaded(vendor)
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
    expect(document.getElementById('onwbchat_window')).not.toBeNull()
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
    expect(document.getElementById('onwbchat_window')?.style.display).toBe('none')
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

  it('builds its UI as the real script does: style, audio, .onwebchatbox, image; and sets its cookies', async () => {
    installStub()
    await load()
    expect(document.head.querySelectorAll('style')).toHaveLength(1)
    expect(document.querySelector('div.onwebchatbox#onwbchat_window')).not.toBeNull()
    expect(document.querySelector('audio#onwebchataudio')).not.toBeNull()
    expect(document.querySelector('div#onweb_chatimage_div')).not.toBeNull()
    expect(document.cookie).toContain('onwbchtclientid=')
  })

  it('calls onWebChatLoaded once, about 500 ms after its UI; a callback set later is never called', async () => {
    const onWebChat = installStub()
    let first = 0
    let late = 0
    onWebChat.set('onWebChatLoaded', () => first++)
    const start = Date.now()
    const vendor = await load()
    await loaded(vendor)
    expect(Date.now() - start).toBeGreaterThanOrEqual(450)
    onWebChat.set('onWebChatLoaded', () => late++)
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect([first, late]).toEqual([1, 0])
  })

  it('a second copy does nothing while onWebChat_ exists; with .onwebchatbox left in the page, no UI and no loaded call', async () => {
    const onWebChat = installStub()
    let calls = 0
    onWebChat.set('onWebChatLoaded', () => calls++)
    const vendor = await load()
    await settled(addScript('https://www.onwebchat.com/clientchat/0a1b2c3d4e5f'))
    expect(emulation.vendor('onwebchat')).toBe(vendor)
    expect(document.querySelectorAll('.onwebchatbox')).toHaveLength(1)

    delete page.onWebChat_
    document.getElementById('onwebchataudio')!.remove()
    const again = installStub()
    again.set('onWebChatLoaded', () => calls++)
    await settled(addScript('https://www.onwebchat.com/clientchat/0a1b2c3d4e5f'))
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(document.querySelectorAll('.onwebchatbox')).toHaveLength(1)
    expect(document.querySelectorAll('#onwebchataudio')).toHaveLength(0)
    expect(calls).toBe(1)
  })

  it('inside an iframe it renders nothing and never calls back', async () => {
    const frame = document.createElement('iframe')
    document.body.append(frame)
    const inner = frame.contentWindow as unknown as Window & Record<string, any>
    let calls = 0
    inner.onWebChat = { ar: [['onWebChatLoaded', () => calls++]] }
    const vendor = bootOnWebChat(inner, null)
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(inner.document.querySelector('.onwebchatbox')).toBeNull()
    expect(vendor?.ready).toBe(false)
    expect(calls).toBe(0)
  })
})
