// onWebChat as its real script behaves (VENDORS.md, "What the real scripts do"): a second copy is a
// no-op while `onWebChat_` exists, its UI is built only where no `.onwebchatbox` is left, and
// `onWebChatLoaded` fires once. Re-creation must really run it again; the state says what it shows.
import { emulatorRuns } from '@chatmount/testing'
import { describe, expect, it } from 'vitest'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { chat, errors } = emulated
const vendor = () => emulated.emulation.vendor('onwebchat')!

describe('onwebchat', () => {
  it('destroy() then a new chat: the vendor runs again, builds its UI, and is ready', async () => {
    const first = chat('onwebchat')
    await first.load()
    first.destroy()
    expect(
      document.querySelectorAll('.onwebchatbox,#onwebchataudio,#onweb_chatimage_div'),
    ).toHaveLength(0)
    const second = chat('onwebchat', {}, { timeout: 2000 })
    await second.load()
    expect(emulatorRuns(window).onwebchat).toBe(2)
    expect(document.querySelectorAll('.onwebchatbox')).toHaveLength(1)
    expect(vendor().ready).toBe(true)
    expect(errors).toEqual([])
  })

  it('updateOptions({ show: 0 }) and back: the state follows what the widget shows', async () => {
    const client = chat('onwebchat')
    await client.load()
    client.updateOptions({ show: 0 })
    expect(vendor().isVisible).toBe(false)
    expect(client.getState().visible).toBe(false)
    client.updateOptions({ show: 1 })
    expect(vendor().isVisible).toBe(true)
    expect(client.getState().visible).toBe(true)
  })

  it('max: 1 at start is open, though the vendor calls back nothing for it', async () => {
    const client = chat('onwebchat', { max: 1 })
    await client.load()
    expect(vendor().isOpen).toBe(true)
    expect(client.getState().open).toBe(true)
    vendor().close()
    expect(client.getState().open).toBe(false)
  })

  it('updateOptions({ max: 1 }) opens it, and the state says so', async () => {
    const client = chat('onwebchat')
    await client.load()
    client.updateOptions({ max: 1 })
    expect(vendor().isOpen).toBe(true)
    expect(client.getState().open).toBe(true)
  })
})
