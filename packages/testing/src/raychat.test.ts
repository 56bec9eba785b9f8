import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { bootRaychat } from './raychat'
import type { RaychatApi } from './raychat'
import { addScript, nextTask, page, part, resetPage, settled, typeAndSend } from './testSupport'

const WIDGET_URL = 'https://widget-react.raychat.io/install/widget.js'

let emulation: VendorEmulation

/** The seed's install snippet, then the `raychat_ready` wait every integration writes. */
async function install(globals: Record<string, unknown> = {}) {
  Object.assign(page, { RAYCHAT_TOKEN: '0f6b2a4c-1b2c-4d5e-8f90-123456789abc', ...globals })
  const ready = new Promise<RaychatApi>((resolve) =>
    window.addEventListener('raychat_ready', () => resolve(page.Raychat), { once: true }),
  )
  expect(await settled(addScript(WIDGET_URL))).toBe('load')
  const raychat = await ready
  const vendor = emulation.vendor('raychat')
  if (!vendor) throw new Error('raychat did not start')
  return { raychat, vendor }
}

beforeEach(() => {
  resetPage()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

describe('Raychat emulator', () => {
  it('reads the install globals and dispatches raychat_ready once window.Raychat exists', async () => {
    let raychatAtReady: unknown
    window.addEventListener('raychat_ready', () => (raychatAtReady = page.Raychat), { once: true })
    const { raychat, vendor } = await install({ RAYCHAT_WIDGET_LANG: 'fa', LOAD_TYPE: 'FAST_LOAD' })

    expect(raychatAtReady).toBe(raychat)
    expect(vendor.ready).toBe(true)
    expect(vendor.settings).toMatchObject({
      token: '0f6b2a4c-1b2c-4d5e-8f90-123456789abc',
      language: 'fa',
      loadType: 'FAST_LOAD',
    })
    const root = document.getElementById('raychat_widget')
    expect(root?.lang).toBe('fa')
    expect(root?.dir).toBe('rtl')
    expect(page.__chatmountEmulator).toBe(vendor)
    expect(vendor.calls).toEqual([])
  })

  it('does not start without RAYCHAT_TOKEN', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(bootRaychat(window, null)).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('RAYCHAT_TOKEN'))
    expect(page.Raychat).toBeUndefined()
    expect(document.getElementById('raychat_widget')).toBeNull()
    error.mockRestore()
  })

  it('opens, closes and toggles with open/close events, and records each call once', async () => {
    const { raychat, vendor } = await install()
    const events: string[] = []
    raychat.on('open', (event) => events.push(event.type))
    raychat.on('close', (event) => events.push(event.type))

    raychat.openWidget()
    expect(raychat.isWidgetOpen()).toBe(true)
    expect(part('panel')?.style.display).toBe('flex')
    raychat.closeWidget()
    raychat.toggle()
    expect(vendor.isOpen).toBe(true)

    expect(events).toEqual(['open', 'close', 'open'])
    expect(vendor.calls.map((call) => call.method)).toEqual([
      'on',
      'on',
      'openWidget',
      'isWidgetOpen',
      'closeWidget',
      'toggle',
    ])
  })

  it('shows agent messages: raychat_getMessage, unread badge, and a hidden widget comes back', async () => {
    const { raychat, vendor } = await install()
    const received = vi.fn()
    raychat.on('raychat_getMessage', received)
    raychat.hideWidget()
    expect(vendor.isVisible).toBe(false)
    expect(document.getElementById('raychat_widget')?.style.display).toBe('none')

    vendor.agentMessage('Hello!')

    expect(received).toHaveBeenCalledTimes(1)
    expect(received.mock.calls[0]?.[0]).toMatchObject({
      type: 'raychat_getMessage',
      detail: { type: 'text', content: 'Hello!' },
    })
    expect(vendor.isVisible).toBe(true)
    expect(vendor.unread).toBe(1)
    expect(document.getElementById('raychat_main_button_count_s')?.textContent).toBe('1')

    vendor.open()
    expect(vendor.unread).toBe(0)
    const badge = document.getElementById('raychat_main_button_count_s')
    expect(badge?.textContent).toBe('')
    expect(badge?.style.display).toBe('none')
  })

  it('fires raychat_sendMessage when the visitor sends from the panel', async () => {
    const { raychat, vendor } = await install()
    const sent = vi.fn()
    raychat.on('raychat_sendMessage', sent)
    vendor.open()
    typeAndSend('Hi, I need help')

    expect(sent).toHaveBeenCalledTimes(1)
    expect(sent.mock.calls[0]?.[0].detail).toEqual({ type: 'text', content: 'Hi, I need help' })
    expect(vendor.messages).toEqual([{ from: 'visitor', text: 'Hi, I need help' }])
  })

  it('keeps the visitor from setUser, returns it from getUser and loads another user', async () => {
    const { raychat, vendor } = await install()
    const updated = vi.fn()
    const loaded = vi.fn()
    raychat.on('raychat_user_profile_updated', updated)
    raychat.on('raychat_new_user_loaded', loaded)

    raychat.setUser({ name: 'Ehsan', email: 'tech@raychat.io', phone: '0912', updateOnce: true })
    expect(vendor.visitor).toEqual({ name: 'Ehsan', email: 'tech@raychat.io', phone: '0912' })
    const user = raychat.getUser()
    expect(user).toMatchObject({ name: 'Ehsan', email: 'tech@raychat.io', online: true })
    expect(user.id).toMatch(/^[0-9a-f]{24}$/)
    // The seed's handler takes the user itself: `function (user) {}`.
    expect(updated.mock.calls[0]?.[0]).toMatchObject({ name: 'Ehsan', email: 'tech@raychat.io' })

    raychat.loadUser('5992bc6d9e737c900e3058d3')
    expect(loaded.mock.calls[0]?.[0].detail).toMatchObject({ id: '5992bc6d9e737c900e3058d3' })
    expect(raychat.getUser().id).toBe('5992bc6d9e737c900e3058d3')
  })

  it('renders sendForm and reports the submission through raychat_form_submission', async () => {
    const { raychat } = await install()
    const submitted = vi.fn()
    raychat.on('raychat_form_submission', submitted)
    raychat.sendForm({
      inputs: [
        { label: 'Age', type: 'number' },
        { label: 'Email', type: 'email' },
      ],
      title: 'About you',
      formName: 'customForm',
    })
    const fields = document.querySelectorAll<HTMLInputElement>('[data-emulator-part="form-field"]')
    expect([...fields].map((field) => field.type)).toEqual(['number', 'email'])
    fields[0]!.value = '31'
    fields[1]!.value = 'a@b.c'
    ;(part('form-submit') as HTMLButtonElement).click()

    expect(submitted.mock.calls[0]?.[0].detail).toEqual({
      formName: 'customForm',
      values: [
        { id: 0, label: 'Age', value: '31', type: 'number' },
        { id: 1, label: 'Email', value: 'a@b.c', type: 'email' },
      ],
    })
  })

  it('applies setStyle and setPosition to the widget', async () => {
    const { raychat } = await install()
    raychat.setStyle({ backgroundColor: 'rgb(0, 0, 0)', width: '70px' })
    raychat.setPosition({ top: 'auto', right: 'auto', bottom: '15px', left: '15px' })
    const launcher = part('launcher')
    expect(launcher?.style.backgroundColor).toBe('rgb(0, 0, 0)')
    expect(launcher?.style.width).toBe('70px')
    const root = document.getElementById('raychat_widget')
    expect(root?.style.left).toBe('15px')
    expect(root?.style.right).toBe('auto')
  })

  it('starts hidden with RAYCHAT_HIDE_WIDGET_ON_INIT', async () => {
    const { vendor } = await install({ RAYCHAT_HIDE_WIDGET_ON_INIT: true })
    expect(vendor.isVisible).toBe(false)
    expect(document.getElementById('raychat_widget')?.style.display).toBe('none')
  })

  it('waits for the first interaction before raychat_ready with LOAD_TYPE SEO_FRIENDLY', async () => {
    page.RAYCHAT_TOKEN = 'token'
    page.LOAD_TYPE = 'SEO_FRIENDLY'
    const ready = vi.fn()
    window.addEventListener('raychat_ready', ready, { once: true })
    const vendor = bootRaychat(window, null)
    await nextTask()
    expect(vendor?.ready).toBe(false)
    expect(page.Raychat).toBeUndefined()
    expect(ready).not.toHaveBeenCalled()

    window.dispatchEvent(new KeyboardEvent('keydown'))
    expect(ready).toHaveBeenCalledTimes(1)
    expect(vendor?.ready).toBe(true)
    vendor?.destroy()
  })

  it('throwOn makes a method throw until stopped, and the call is still recorded', async () => {
    const { raychat, vendor } = await install()
    const stop = vendor.throwOn('openWidget')
    expect(() => raychat.openWidget()).toThrow('Raychat.openWidget failed (emulated)')
    expect(vendor.isOpen).toBe(false)
    stop()
    raychat.openWidget()
    expect(vendor.isOpen).toBe(true)
    expect(vendor.calls.filter((call) => call.method === 'openWidget')).toHaveLength(2)

    vendor.throwOn('getUser', new TypeError('boom'))
    expect(() => raychat.getUser()).toThrow(TypeError)
    vendor.throwOn('getUser', null)
    expect(raychat.getUser().online).toBe(true)
  })
})
