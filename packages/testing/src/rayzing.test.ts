import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { injectEmulatorFault } from './boot'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { bootRayzing } from './rayzing'
import { addScript, nextTask, part, resetPage, settled } from './testSupport'

const SRC = 'https://cdn.rayzing.ai/rayzing.js'
let emulation: VendorEmulation

beforeEach(() => {
  resetPage()
  localStorage.clear()
  emulation = emulateVendors()
})
afterEach(() => emulation.restore())

/** The install tag without a `src`, for tests that run the loader themselves. */
const tagOnly = (text: string) => {
  const tag = document.createElement('script')
  tag.id = 'rayzing-messenger-widget'
  // Without a src, jsdom would run the text as code; the real tag has a src, so it never does.
  tag.type = 'text/plain'
  tag.textContent = text
  document.head.append(tag)
}

/** Until the loader's runtime has drawn the bot. */
const drawn = async () => {
  for (let i = 0; i < 50 && !document.getElementById('BotPenguin-messenger'); i++) await nextTask(5)
}

describe('Rayzing emulator (BotPenguin’s loader, which Rayzing white-labels)', () => {
  it('reads BOT_ID,CUSTOMER_ID from its own element, adds its root at once and draws the bot later', async () => {
    const script = addScript(SRC, { id: 'rayzing-messenger-widget', text: 'bot-42,customer-7' })
    expect(await settled(script)).toBe('load')
    const vendor = emulation.vendor('rayzing')
    expect(vendor?.settings).toEqual({
      botId: 'bot-42',
      customerId: 'customer-7',
      pageUrl: 'https://page.rayzing.ai/bot-42/customer-7',
    })
    // The loader ran: its root is in <body>, its runtime has not drawn anything yet.
    expect(document.body.querySelectorAll('botpenguin-root')).toHaveLength(1)
    expect(document.getElementById('BotPenguin-messenger')).toBeNull()
    expect(vendor?.ready).toBe(false)

    await drawn()
    expect(vendor?.ready).toBe(true)
    expect(document.getElementById('botpenguin-launcher-12')).not.toBeNull()
    vendor?.agentMessage('Hi, I am the Rayzing bot')
    expect(vendor?.unread).toBe(1)
    part('launcher')?.click()
    expect(vendor?.isOpen).toBe(true)
    expect(vendor?.calls).toEqual([]) // no browser API to call
  })

  it('reads the ids untrimmed, as the real loader does', () => {
    tagOnly('bot-42, customer-7')
    expect(bootRayzing(window, null)?.settings.customerId).toBe(' customer-7')
  })

  it('adds a <style> and a second viewport <meta> to <head>, and stores its keys', () => {
    const own = document.createElement('meta')
    own.name = 'viewport'
    document.head.append(own)
    tagOnly('bot-42,customer-7')
    bootRayzing(window, null)
    expect(document.head.querySelectorAll('meta[name=viewport]')).toHaveLength(2)
    expect(document.head.querySelectorAll('style')).toHaveLength(1)
    expect(
      ['__BotPenguin', '__BotPenguinUser', 'old'].map((key) => !!localStorage.getItem(key)),
    ).toEqual([true, true, true])
  })

  it('finds the element by id, not through the script it is given', () => {
    const other = document.createElement('script')
    other.textContent = 'bot-1,customer-1'
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(bootRayzing(window, other)).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('rayzing-messenger-widget'))
    expect(document.querySelector('botpenguin-root')).toBeNull()
    error.mockRestore()
  })

  it('does not start when the element has no ids in its text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(await settled(addScript(SRC, { id: 'rayzing-messenger-widget' }))).toBe('load')
    expect(emulation.vendor('rayzing')).toBeUndefined()
    expect(error).toHaveBeenCalledWith(expect.stringContaining('BOT_ID,CUSTOMER_ID'))
    expect(document.querySelector('botpenguin-root')).toBeNull()
    error.mockRestore()
  })

  it('throws at its top level while its root is in the page, and starts again once it is gone', () => {
    tagOnly('bot-42,customer-7')
    const first = bootRayzing(window, null)
    expect(() => bootRayzing(window, null)).toThrow(
      'The bot element already exist, please remove existing script to continue',
    )
    expect(document.querySelectorAll('botpenguin-root')).toHaveLength(1)
    expect(document.head.querySelectorAll('style')).toHaveLength(1)

    document.querySelector('botpenguin-root')!.remove()
    const second = bootRayzing(window, null)
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    first?.destroy()
    second?.destroy()
  })

  it('draws nothing once its root is gone', async () => {
    tagOnly('bot-42,customer-7')
    bootRayzing(window, null)
    document.querySelector('botpenguin-root')!.remove()
    await nextTask(100)
    expect(document.getElementById('BotPenguin-messenger')).toBeNull()
  })

  it('with the never-ready fault, a loader whose runtime never draws the bot: the root stays alone', async () => {
    injectEmulatorFault(window, 'rayzing', 'never-ready')
    const script = addScript(SRC, { id: 'rayzing-messenger-widget', text: 'bot-42,customer-7' })
    await settled(script)
    await nextTask(100)
    expect(document.querySelector('botpenguin-root')).not.toBeNull()
    expect(document.getElementById('BotPenguin-messenger')).toBeNull()
  })
})
