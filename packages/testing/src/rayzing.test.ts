import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { bootRayzing } from './rayzing'
import { addScript, part, resetPage, settled } from './testSupport'

const SRC = 'https://cdn.rayzing.ai/rayzing.js'
let emulation: VendorEmulation

beforeEach(() => {
  resetPage()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

describe('Rayzing emulator', () => {
  it('reads BOT_ID,CUSTOMER_ID from its own element and renders the widget', async () => {
    const script = addScript(SRC, { id: 'rayzing-messenger-widget', text: 'bot-42, customer-7' })
    expect(await settled(script)).toBe('load')
    const vendor = emulation.vendor('rayzing')
    expect(vendor?.settings).toEqual({
      botId: 'bot-42',
      customerId: 'customer-7',
      pageUrl: 'https://page.rayzing.ai/bot-42/customer-7',
    })
    expect(document.getElementById('rayzing-widget-root')).not.toBeNull()

    vendor?.agentMessage('Hi, I am the Rayzing bot')
    expect(vendor?.unread).toBe(1)
    part('launcher')?.click()
    expect(vendor?.isOpen).toBe(true)
    expect(vendor?.calls).toEqual([]) // no browser API to call
  })

  it('finds the element by id, not through the script it is given', () => {
    const other = document.createElement('script')
    other.textContent = 'bot-1,customer-1'
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(bootRayzing(window, other)).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('rayzing-messenger-widget'))
    expect(document.getElementById('rayzing-widget-root')).toBeNull()
    error.mockRestore()
  })

  it('does not start when the element has no ids in its text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await settled(addScript(SRC, { id: 'rayzing-messenger-widget' }))).toBe('load')
    expect(emulation.vendor('rayzing')).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('BOT_ID,CUSTOMER_ID'))
    expect(document.getElementById('rayzing-widget-root')).toBeNull()
    error.mockRestore()
  })

  it('refuses a second start while its root is in the page, and starts again once it is gone', async () => {
    addScript(SRC, { id: 'rayzing-messenger-widget', text: 'bot-42,customer-7' })
    const first = bootRayzing(window, null)
    // The real widget throws at its script's top level: the page sees an uncaught error.
    expect(() => bootRayzing(window, null)).toThrow('bot element already exist')
    expect(document.querySelectorAll('#rayzing-widget-root')).toHaveLength(1)

    first?.destroy()
    const second = bootRayzing(window, null)
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    second?.destroy()
  })
})
