import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulatorRuns } from './boot'
import { bootChaport } from './chaport'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { addScript, chaportMainRan, nextTask, page, part, resetPage, settled } from './testSupport'

type Chaport = Record<string, any>
let emulation: VendorEmulation

/** The seed's installation code, minus the script, which `load()` adds. */
function installSnippet(config: Record<string, unknown> = {}): Chaport {
  page.chaportConfig = { appId: '5d1f0a2b3c4d5e6f7a8b9c0d', ...config }
  const v3: Chaport = (page.chaport = {})
  v3._q = []
  v3._l = {}
  v3.q = function () {
    // eslint-disable-next-line prefer-rest-params -- the real snippet queues its `arguments` object
    v3._q.push(arguments)
  }
  v3.on = function (e: string, fn: unknown) {
    if (!v3._l[e]) v3._l[e] = []
    v3._l[e].push(fn)
  }
  return v3
}

async function load(src = 'https://app.chaport.ru/javascripts/insert.js') {
  expect(await settled(addScript(src))).toBe('load')
  await chaportMainRan()
  const vendor = emulation.vendor('chaport')
  if (!vendor) throw new Error('chaport did not start')
  return { chaport: page.chaport as Chaport, vendor }
}

beforeEach(() => {
  resetPage()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

describe('Chaport emulator', () => {
  it('insert.js only bootstraps: it adds the main bundle to <body>, whose element removes itself once run', async () => {
    installSnippet()
    expect(await settled(addScript('https://app.chaport.com/javascripts/insert.js'))).toBe('load')
    const main = document.body.querySelector<HTMLScriptElement>('script[src$="/chaport-main.js"]')
    expect(main?.src).toBe('https://app.chaport.com/javascripts/chaport-main.js')
    expect(emulation.vendor('chaport')).toBeUndefined()
    await settled(main!)
    expect(main!.isConnected).toBe(false)
    expect(emulation.vendor('chaport')?.ready).toBe(true)
  })

  it('nothing guards a second load: a second insert.js runs a second main bundle and widget', async () => {
    installSnippet()
    await load()
    await load()
    expect(emulatorRuns(window)).toMatchObject({ chaport: 2, 'chaport-main': 2 })
    expect(document.querySelectorAll('#chaport-container')).toHaveLength(2)
  })

  it('completes the same object, registers _l listeners, drains _q in order and fires ready', async () => {
    const stub = installSnippet()
    const earlyReady = vi.fn()
    const queuedReady = vi.fn()
    stub.on('ready', earlyReady)
    stub.q('setVisitorData', [{ email: 'john.doe@example.com' }])
    stub.q('open')
    stub.q('on', ['ready', queuedReady])

    const { chaport, vendor } = await load()

    expect(chaport).toBe(stub)
    expect(chaport._q).toHaveLength(0)
    expect(typeof chaport.getWidgetState).toBe('function')
    expect(earlyReady).toHaveBeenCalledTimes(1)
    expect(queuedReady).toHaveBeenCalledTimes(1)
    const { visitorId } = earlyReady.mock.calls[0]?.[0] as { visitorId: string }
    expect(visitorId).toMatch(/^[0-9a-f]{24}$/)
    expect(queuedReady).toHaveBeenCalledWith({ visitorId })
    expect(vendor.calls).toEqual([
      { method: 'on', args: ['ready', earlyReady] },
      { method: 'setVisitorData', args: [{ email: 'john.doe@example.com' }] },
      { method: 'open', args: [] },
      { method: 'on', args: ['ready', queuedReady] },
    ])
    expect(vendor.visitor).toEqual({ email: 'john.doe@example.com' })
    expect(vendor.isOpen).toBe(true)
    expect(chaport.getWidgetState()).toBe('expanded')
    expect(document.getElementById('chaport-container')).not.toBeNull()
  })

  it('does not start without chaportConfig.appId', () => {
    page.chaportConfig = {}
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(bootChaport(window, null)).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('appId'))
    error.mockRestore()
  })

  it('runs q() immediately after load and returns the value', async () => {
    installSnippet()
    const { chaport, vendor } = await load('https://app.chaport.com/javascripts/insert.js')
    expect(chaport.q('getWidgetState')).toBe('collapsed')
    chaport.q('toggle')
    expect(vendor.isOpen).toBe(true)
    expect(chaport.q('compare', ['Example.COM', '=', 'example.com'])).toBe(true)
    expect(chaport.compare('https://example.com/pricing', 'contains', 'pricing')).toBe(true)
    expect(chaport.compare(3, 'gte', 4)).toBe(false)
    expect(vendor.calls.map((call) => call.method)).toEqual([
      'getWidgetState',
      'toggle',
      'compare',
      'compare',
      'compare',
    ])
  })

  it('fires widget.stateChange with { state } as the widget changes state', async () => {
    installSnippet()
    const { chaport, vendor } = await load()
    const states: unknown[] = []
    chaport.on('widget.stateChange', (payload: unknown) => states.push(payload))

    vendor.agentMessage('Are you there?')
    expect(chaport.getWidgetState()).toBe('unreadMessage')
    expect(vendor.unread).toBe(1)
    chaport.open()
    chaport.close()
    vendor.trigger('Need a hand with pricing?')

    expect(states).toEqual([
      { state: 'unreadMessage' },
      { state: 'expanded' },
      { state: 'collapsed' },
      { state: 'semiExpanded' },
    ])
  })

  it('fires chat.started once, chat.onlineChange and chat.autoInvitation', async () => {
    installSnippet()
    const { chaport, vendor } = await load()
    const started = vi.fn()
    const online = vi.fn()
    const invitation = vi.fn()
    chaport.on('chat.started', started)
    chaport.on('chat.onlineChange', online)
    chaport.on('chat.autoInvitation', invitation)

    vendor.visitorMessage('Hello')
    vendor.visitorMessage('Anyone?')
    expect(started).toHaveBeenCalledTimes(1)
    expect(started.mock.calls[0]?.[0]).toHaveProperty('visitorId')

    vendor.goOffline()
    expect(online).toHaveBeenLastCalledWith(false)
    const isOnline = vi.fn()
    chaport.isOnline(isOnline)
    expect(isOnline).toHaveBeenCalledWith(false)

    chaport.setActiveTrigger({ id: '5820a1375ddf087b2e54921d', message: 'Custom message' })
    chaport.setActiveTrigger({ id: '5820a1375ddf087b2e54921d', message: 'Custom message' })
    expect(invitation).toHaveBeenCalledTimes(1)
    expect(invitation).toHaveBeenCalledWith({
      id: '5820a1375ddf087b2e54921d',
      message: 'Custom message',
    })
    expect(chaport.getTriggerById('5820a1375ddf087b2e54921d')).toEqual({
      id: '5820a1375ddf087b2e54921d',
      message: 'Custom message',
    })
  })

  it('does not show automatic invitations while triggers are disabled', async () => {
    installSnippet()
    const { chaport, vendor } = await load()
    const invitation = vi.fn()
    chaport.on('chat.autoInvitation', invitation)
    chaport.q('disableTriggers')
    vendor.trigger('Hi!')
    expect(invitation).not.toHaveBeenCalled()
    chaport.enableTriggers()
    vendor.trigger('Hi!')
    expect(invitation).toHaveBeenCalledTimes(1)
    expect(chaport.getActiveTrigger()).toMatchObject({ message: 'Hi!' })
  })

  it('keeps name, email, phone and notes create-only unless a hash comes with them', async () => {
    installSnippet({ visitor: { name: 'John Doe', custom: { plan: 'pro' } } })
    const { chaport, vendor } = await load()
    chaport.setVisitorData({ name: 'Forged', email: 'john@example.com', custom: { balance: 1000 } })
    expect(vendor.visitor).toEqual({
      name: 'John Doe',
      email: 'john@example.com',
      custom: { plan: 'pro', balance: 1000 },
    })
    chaport.setVisitorData({ name: 'John Smith' }, 'a1b2c3d4e5f6')
    expect(vendor.visitor.name).toBe('John Smith')
  })

  it('honours launcher.show, hideLauncher and showLauncher', async () => {
    installSnippet({ launcher: { show: false } })
    const { chaport, vendor } = await load()
    expect(vendor.isVisible).toBe(false)
    expect(part('launcher')?.style.display).toBe('none')
    chaport.showLauncher()
    expect(vendor.isVisible).toBe(true)
    chaport.q('hideLauncher')
    expect(vendor.isVisible).toBe(false)
  })

  it('records page views with or without page details', async () => {
    installSnippet()
    const { chaport, vendor } = await load()
    document.title = 'Home'
    chaport.newPageView()
    chaport.q('newPageView', [{ url: 'http://example.com/page2', title: 'My test page' }])
    expect(vendor.pageViews).toEqual([
      { url: window.location.href, title: 'Home' },
      { url: 'http://example.com/page2', title: 'My test page' },
    ])
  })

  it('waits for startSession before ready when session.autoStart is false', async () => {
    const stub = installSnippet({ session: { autoStart: false } })
    const ready = vi.fn()
    stub.on('ready', ready)
    const { chaport } = await load()
    expect(ready).not.toHaveBeenCalled()
    const started = vi.fn()
    chaport.q('startSession', { id: 'visitor-id-from-before', token: 'visitor-id-token' })
    chaport.startSession(undefined, started)
    expect(ready).toHaveBeenCalledTimes(1)
    expect(ready).toHaveBeenCalledWith({ visitorId: 'visitor-id-from-before' })
    expect(started).toHaveBeenCalledTimes(1)
  })

  it('delays initialisation until the init event', async () => {
    const stub = installSnippet({ init: { event: 'app:ready', maxDelay: 5000 } })
    stub.q('open')
    const { chaport, vendor } = await load()
    await nextTask()
    expect(chaport.getWidgetState).toBeUndefined()
    expect(vendor.ready).toBe(false)
    window.dispatchEvent(new Event('app:ready'))
    expect(vendor.ready).toBe(true)
    expect(vendor.isOpen).toBe(true)
  })

  it('throwOn makes the direct method and its queue command throw', async () => {
    installSnippet()
    const { chaport, vendor } = await load()
    const stop = vendor.throwOn('open')
    expect(() => chaport.open()).toThrow('Chaport.open failed (emulated)')
    expect(() => chaport.q('open')).toThrow()
    stop()
    chaport.open()
    expect(vendor.isOpen).toBe(true)
    expect(vendor.calls.filter((call) => call.method === 'open')).toHaveLength(3)
  })
})
