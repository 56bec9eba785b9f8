import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChatraFunction, ChatraMessage } from './chatra'
import { bootChatra } from './chatra'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { addScript, page, part, resetPage, settled } from './testSupport'

let emulation: VendorEmulation

/** Chatra's install snippet: settings and data globals, the queueing stub, the async script. */
function installGlobals(
  setup: Record<string, unknown> = {},
  integration?: Record<string, unknown>,
) {
  page.ChatraID = 'mYcHaTrAiD'
  page.ChatraSetup = setup
  if (integration) page.ChatraIntegration = integration
  page.Chatra = function () {
    // eslint-disable-next-line prefer-rest-params -- the real stub queues its `arguments` object
    ;(page.Chatra.q = page.Chatra.q || []).push(arguments)
  }
}

async function load() {
  expect(await settled(addScript('https://call.chatra.io/chatra.js'))).toBe('load')
  const vendor = emulation.vendor('chatra')
  if (!vendor) throw new Error('chatra did not start')
  return { chatra: page.Chatra as ChatraFunction, vendor }
}

beforeEach(() => {
  resetPage()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

describe('Chatra emulator', () => {
  it('replaces the stub and drains its queue in order, recording each call once', async () => {
    installGlobals({ chatWidth: 300 }, { name: 'Cowardly Lion', phone: '+41' })
    const stub = page.Chatra
    page.Chatra('setChatWidth', 400)
    page.Chatra('updateIntegrationData', { email: 'lion@oz.example', phone: null })
    page.Chatra('openChat', true)

    const { chatra, vendor } = await load()

    expect(chatra).not.toBe(stub)
    expect(vendor.calls).toEqual([
      { method: 'setChatWidth', args: [400] },
      { method: 'updateIntegrationData', args: [{ email: 'lion@oz.example', phone: null }] },
      { method: 'openChat', args: [true] },
    ])
    expect(vendor.settings).toMatchObject({ id: 'mYcHaTrAiD', chatWidth: 400 })
    expect(vendor.visitor).toEqual({ name: 'Cowardly Lion', email: 'lion@oz.example' })
    expect(vendor.isOpen).toBe(true)
    expect(document.activeElement).toBe(part('input'))
    expect(part('panel')?.style.width).toBe('400px')
  })

  it('a returning visitor (the same stored clientId) gets their conversation back; a new one starts afresh', async () => {
    installGlobals()
    const first = (await load()).vendor
    first.visitorMessage('Do you ship to Iceland?')
    first.agentMessage('We do.')
    // The widget taken out of the page (as chatmount does when a site switches widgets); what
    // Chatra stored stays.
    first.destroy()
    resetPage()
    installGlobals()
    const again = (await load()).vendor
    expect(again.messages.map((message) => message.text)).toEqual([
      'Do you ship to Iceland?',
      'We do.',
    ])
    expect(document.querySelector('#chatra')!.textContent).toContain('Do you ship to Iceland?')
    again.destroy()
    resetPage()
    localStorage.clear()
    installGlobals()
    expect((await load()).vendor.messages).toEqual([])
  })

  it('does not start without ChatraID', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(bootChatra(window, null)).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('ChatraID'))
    expect(document.getElementById('chatra')).toBeNull()
    error.mockRestore()
  })

  it('honours startHidden; show and hide change visibility', async () => {
    installGlobals({ startHidden: true })
    const { chatra, vendor } = await load()
    const root = document.getElementById('chatra')
    expect(vendor.isVisible).toBe(false)
    expect(root?.style.display).toBe('none')
    chatra('show')
    expect(vendor.isVisible).toBe(true)
    expect(root?.style.display).toBe('')
    chatra('hide')
    expect(vendor.isVisible).toBe(false)
  })

  it('calls onNewMessage for every message and onAnalyticEvent when the visitor starts the chat', async () => {
    const onNewMessage = vi.fn<(message: ChatraMessage) => void>()
    const onAnalyticEvent = vi.fn<(name: string) => void>()
    installGlobals({ onNewMessage, onAnalyticEvent })
    const { vendor } = await load()

    vendor.visitorMessage('Hello?')
    vendor.agentMessage('Hi! How can I help?')
    vendor.visitorMessage('Shipping question')

    expect(onNewMessage.mock.calls.map(([message]) => [message.type, message.text])).toEqual([
      ['client', 'Hello?'],
      ['agent', 'Hi! How can I help?'],
      ['client', 'Shipping question'],
    ])
    const first = onNewMessage.mock.calls[0]?.[0]
    expect(first?.id).toMatch(/^\w{17}$/)
    expect(typeof first?.createdAt).toBe('number')
    expect(onAnalyticEvent.mock.calls).toEqual([['Chat initiated by visitor']])
    expect(vendor.unread).toBe(1)
  })

  it('reports a targeted chat for sendAutoMessage', async () => {
    const onAnalyticEvent = vi.fn()
    installGlobals({ onAnalyticEvent })
    const { chatra, vendor } = await load()
    chatra('sendAutoMessage', 'Hi there 👋')
    vendor.visitorMessage('Yes please')
    expect(onAnalyticEvent.mock.calls).toEqual([
      ['Targeted chat shown'],
      ['Targeted chat accepted by visitor'],
    ])
    expect(vendor.messages).toEqual([
      { from: 'agent', text: 'Hi there 👋' },
      { from: 'visitor', text: 'Yes please' },
    ])
  })

  it('expands and minimizes, tracks page views and integration data', async () => {
    installGlobals()
    const { chatra, vendor } = await load()
    chatra('expandWidget')
    expect(vendor.isOpen).toBe(true)
    chatra('minimizeWidget')
    expect(vendor.isOpen).toBe(false)

    document.title = 'Pricing'
    chatra('pageView')
    expect(vendor.pageViews).toEqual([{ url: window.location.href, title: 'Pricing' }])

    chatra('setIntegrationData', { name: 'Tin Man', notes: 'needs a heart' })
    chatra('setIntegrationData', { name: 'Scarecrow' })
    expect(vendor.visitor).toEqual({ name: 'Scarecrow' })
  })

  it('applies settings methods and resets them', async () => {
    installGlobals({ buttonPosition: 'bl', colors: { buttonBg: '#565656' } })
    const { chatra } = await load()
    const root = document.getElementById('chatra')
    const launcher = part('launcher')
    expect(root?.style.left).toBe('20px')
    expect(launcher?.style.background).toContain('rgb(86, 86, 86)')

    chatra('setButtonPosition', 'rt')
    expect(root?.style.top).toBe('20px')
    expect(root?.style.right).toBe('20px')
    chatra('resetButtonPosition')
    expect(root?.style.bottom).toBe('20px')
    expect(root?.style.right).toBe('20px')

    chatra('setZIndex', 10)
    expect(root?.style.zIndex).toBe('10')
    chatra('setChatHeight', 100)
    expect(part('panel')?.style.height).toBe('300px') // the documented minimum
    chatra('setLocale', { chat: { input: { placeholder: 'Scrivi un messaggio...' } } })
    expect((part('input') as HTMLInputElement).placeholder).toBe('Scrivi un messaggio...')
    chatra('resetColors')
    expect(launcher?.style.background).not.toContain('rgb(86, 86, 86)')
  })

  it('kill removes the widget; restart re-reads ChatraSetup and renders it again', async () => {
    installGlobals({ startHidden: true })
    const { chatra, vendor } = await load()
    vendor.agentMessage('kept across restarts')
    chatra('kill')
    expect(document.getElementById('chatra')).toBeNull()
    expect(vendor.isVisible).toBe(false)
    chatra('openChat')
    expect(vendor.isOpen).toBe(false)

    page.ChatraSetup = { startHidden: false, language: 'fr' }
    chatra('restart')
    expect(page.Chatra).not.toBe(chatra)
    const root = document.getElementById('chatra')
    expect(root).not.toBeNull()
    expect(root?.lang).toBe('fr')
    expect(vendor.isVisible).toBe(true)
    expect(vendor.settings.language).toBe('fr')
    expect(root?.querySelectorAll('[data-emulator-part="message"]')).toHaveLength(1)
  })

  it('restart makes a new window.Chatra: a kept reference goes dead', async () => {
    installGlobals()
    const { chatra, vendor } = await load()
    chatra('restart')
    const restarted = page.Chatra as ChatraFunction
    expect(restarted).not.toBe(chatra)
    chatra('openChat')
    expect(vendor.isOpen).toBe(false)
    restarted('openChat')
    expect(vendor.isOpen).toBe(true)
  })

  it('replays the calls queued before its first load at every restart', async () => {
    installGlobals()
    page.Chatra('openChat', true)
    const { vendor } = await load()
    expect(vendor.isOpen).toBe(true)
    vendor.close()
    page.Chatra('restart')
    expect(vendor.isOpen).toBe(true)
    page.Chatra('minimizeWidget')
    page.Chatra('restart')
    expect(vendor.isOpen).toBe(true)
    expect(vendor.calls.filter((call) => call.method === 'openChat')).toHaveLength(3)
  })

  it('runs onInit during init and onRendered once drawn, when #chatra gets chatra--visible', async () => {
    const seen: string[] = []
    installGlobals({
      onInit: () =>
        seen.push(`init, widget ${document.getElementById('chatra') ? 'drawn' : 'not yet'}`),
      onRendered: () => seen.push('rendered'),
    })
    await load()
    expect(seen).toEqual(['init, widget not yet'])
    await new Promise((resolve) => setTimeout(resolve))
    expect(seen).toEqual(['init, widget not yet', 'rendered'])
    expect(document.getElementById('chatra')?.classList.contains('chatra--visible')).toBe(true)
  })

  it('a second load kills the first and builds a new widget; calls queued before the first are not replayed', async () => {
    installGlobals()
    page.Chatra('setButtonSize', 80)
    const first = await load()
    expect(first.vendor.calls.map((call) => call.method)).toEqual(['setButtonSize'])
    await settled(addScript('https://call.chatra.io/chatra.js'))
    const second = emulation.vendor('chatra')!
    expect(second).not.toBe(first.vendor)
    expect(document.querySelectorAll('#chatra')).toHaveLength(1)
    expect(second.calls.map((call) => call.method)).toEqual([])
  })

  it('stores its keys in localStorage, the clientId from ChatraSetup', async () => {
    localStorage.clear()
    installGlobals({ clientId: 'secret-client-id' })
    await load()
    expect(localStorage.getItem('Chatra.clientId')).toBe('secret-client-id')
    expect(localStorage.getItem('Chatra.lastPageViewAt')).not.toBeNull()
    expect(localStorage.getItem('Chatra.referrer')).not.toBeNull()
  })

  it('opens for a #chatraChatExpanded link', async () => {
    installGlobals()
    const { vendor } = await load()
    window.location.hash = '#chatraChatExpanded'
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    expect(vendor.isOpen).toBe(true)
  })

  it('lets a customWidgetButton open the chat instead of the default button', async () => {
    installGlobals({ customWidgetButton: '.custom-chat-button' })
    const button = document.createElement('button')
    button.className = 'custom-chat-button'
    document.body.append(button)
    const { vendor } = await load()
    expect(part('launcher')?.style.display).toBe('none')
    button.click()
    expect(vendor.isOpen).toBe(true)
  })

  it('embeds into injectTo in frame mode', async () => {
    const wrapper = document.createElement('div')
    wrapper.id = 'chatra-wrapper'
    document.body.append(wrapper)
    installGlobals({ mode: 'frame', injectTo: 'chatra-wrapper' })
    const { vendor } = await load()
    expect(document.getElementById('chatra')?.parentElement).toBe(wrapper)
    expect(vendor.isOpen).toBe(true)
  })

  it('throwOn makes Chatra(method) throw; unknown methods warn', async () => {
    installGlobals()
    const { chatra, vendor } = await load()
    vendor.throwOn('openChat')
    expect(() => chatra('openChat')).toThrow('Chatra.openChat failed (emulated)')
    expect(vendor.isOpen).toBe(false)

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    chatra('openChatNow')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('openChatNow'))
    warn.mockRestore()
    expect(vendor.calls.map((call) => call.method)).toEqual(['openChat', 'openChatNow'])
  })
})
