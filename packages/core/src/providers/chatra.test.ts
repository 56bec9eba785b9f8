// Chatra's restarts as its real script does them (VENDORS.md, "What the real scripts do"): each one
// is a fresh init with a new `window.Chatra`, and replays whatever sat in `Chatra.q` at the first
// load. updateOptions, signIn with a token and reset restart it; none may lie or replay.
import { describe, expect, it } from 'vitest'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { chat, errors } = emulated
const vendor = () => emulated.emulation.vendor('chatra')!
const count = (method: string) => vendor().calls.filter((call) => call.method === method).length

describe('chatra restarts', () => {
  it('open() before ready, closed by the visitor, then updateOptions: the chat stays closed', async () => {
    const client = chat('chatra')
    client.open()
    await client.ready()
    expect(vendor().isOpen).toBe(true)
    vendor().close()
    client.updateOptions({ language: 'fr' })
    expect(vendor().settings.language).toBe('fr')
    expect(vendor().isOpen).toBe(false)
    expect(client.getState().open).toBe(false)
    expect(count('openChat')).toBe(1)
  })

  it('no call made before the first load runs again at a restart', async () => {
    const client = chat('chatra')
    client.call('sendAutoMessage', 'Welcome!')
    await client.load()
    client.updateOptions({ language: 'de' })
    client.reset()
    expect(count('sendAutoMessage')).toBe(1)
    expect(vendor().messages.filter((message) => message.text === 'Welcome!')).toHaveLength(1)
  })

  it('signIn with a token, then updateOptions: the visitor stays signed in until reset()', async () => {
    const token = 'kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg'
    const client = chat('chatra')
    await client.load()
    client.signIn({ token, email: 'ada@example.com' })
    client.updateOptions({ language: 'fr' })
    expect(vendor().settings).toMatchObject({ clientId: token, language: 'fr' })
    client.reset()
    expect(vendor().settings.clientId).toBeUndefined()
    client.updateOptions({ language: 'de' })
    expect(vendor().settings.clientId).toBeUndefined()
  })

  it('startHidden, show(), then updateOptions: the state is what the restarted widget shows', async () => {
    const client = chat('chatra', { startHidden: true })
    await client.load()
    client.show()
    expect(vendor().isVisible).toBe(true)
    client.updateOptions({ startHidden: true, language: 'fr' })
    expect(client.getState().visible).toBe(vendor().isVisible)
    client.updateOptions({ language: 'de' })
    expect(vendor().isVisible).toBe(true)
    expect(client.getState().visible).toBe(true)
  })

  it('a widget hidden by the app stays hidden through a restart', async () => {
    const client = chat('chatra')
    await client.load()
    client.hide()
    client.updateOptions({ language: 'fr' })
    expect(vendor().isVisible).toBe(false)
    expect(client.getState().visible).toBe(false)
    client.show()
    expect(vendor().isVisible).toBe(true)
  })

  it('a restart the app asks for itself keeps the state true too', async () => {
    const client = chat('chatra', { startHidden: true })
    await client.load()
    client.show()
    client.open()
    client.call('restart')
    expect(vendor().isOpen).toBe(false)
    expect(client.getState()).toMatchObject({ open: false, visible: vendor().isVisible })
  })

  it('integration sets window.ChatraIntegration at install, as ChatraSetup is set', async () => {
    const client = chat('chatra', { integration: { name: 'Ada', Plan: 'pro' }, language: 'fr' })
    await client.load()
    expect(vendor().visitor).toEqual({ name: 'Ada', Plan: 'pro' })
    expect(vendor().settings).not.toHaveProperty('integration')
    expect(vendor().settings.language).toBe('fr')
    expect(errors).toEqual([])
  })
})
