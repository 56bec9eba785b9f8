// Signed-in visitors (issue 12, §4): one unified way, each vendor's documented mechanism.
import { describe, expect, it, vi } from 'vitest'
import type { ProviderName } from '../builtinProviders'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { errors } = emulated
/** A chat for the provider; `extra` are createChat options (`user`, …). */
const chat = (provider: ProviderName, extra: object = {}) => emulated.chat(provider, {}, extra)
const methods = (provider: ProviderName) =>
  emulated.emulation.vendor(provider)!.calls.map((call) => call.method)

describe('signIn, per vendor', () => {
  it('chatra: the clientId the server made binds the chat (a restart), then the visitor fields', async () => {
    const client = chat('chatra')
    await client.load()
    client.signIn({
      token: 'kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg',
      name: 'Ada',
      email: 'ada@example.com',
    })
    const vendor = emulated.emulation.vendor('chatra')!
    expect(vendor.settings).toMatchObject({ clientId: 'kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg' })
    expect(methods('chatra').slice(-2)).toEqual(['restart', 'updateIntegrationData'])
    expect(vendor.visitor).toMatchObject({ name: 'Ada', email: 'ada@example.com' })
    client.reset() // sign out
    expect(vendor.settings).not.toHaveProperty('clientId')
    expect(vendor.visitor).toEqual({})
  })

  it('chaport: the stored visitorId and the token the server made start that visitor’s session', async () => {
    const client = chat('chaport')
    await client.load()
    client.signIn({
      id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
      token: 'sha1-from-the-server',
      name: 'Ada',
      hash: 'integrity-hash',
    })
    const calls = emulated.emulation.vendor('chaport')!.calls
    const startSession = calls.filter((call) => call.method === 'startSession').at(-1)!
    expect(startSession.args[0]).toEqual({
      id: 'a1b2c3d4e5f6a1b2c3d4e5f6',
      token: 'sha1-from-the-server',
    })
    expect(calls.at(-1)).toEqual({
      method: 'setVisitorData',
      args: [{ name: 'Ada' }, 'integrity-hash'],
    })
    expect(await client.get('visitorId')).toBeTruthy()
  })

  it('chaport: an identify without the integrity hash cannot change name or email again, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const client = chat('chaport')
    await client.load()
    client.identify({ name: 'Ada' })
    client.identify({ name: 'Grace' })
    expect(emulated.emulation.vendor('chaport')!.visitor).toMatchObject({ name: 'Ada' })
    expect(
      warn.mock.calls.some(([message]) => /create-only|integrity hash/.test(String(message))),
    ).toBe(true)
  })

  it('raychat: the user id stored from an earlier getUser() loads that visitor’s conversations', async () => {
    const client = chat('raychat')
    await client.load()
    client.signIn({ id: '5992bc6d9e737c900e3058d3', name: 'Ada' })
    expect(methods('raychat').slice(-2)).toEqual(['loadUser', 'setUser'])
    await expect(client.get('getUser')).resolves.toMatchObject({
      id: '5992bc6d9e737c900e3058d3',
      name: 'Ada',
    })
  })

  it.each(['onwebchat', 'rayzing'] as const)(
    '%s has no sign-in: supports() says so and the call is an unsupported error',
    async (provider) => {
      vi.spyOn(console, 'warn').mockImplementation(() => {})
      const client = chat(provider)
      await client.load()
      expect(client.supports('signIn')).toBe(false)
      client.signIn({ id: 'someone', name: 'Ada' })
      expect(errors[0]).toBe('unsupported')
    },
  )

  it('a sign-in call made before the vendor is there is delivered once it is', async () => {
    const client = chat('raychat')
    client.signIn({ id: '5992bc6d9e737c900e3058d3' })
    await client.load()
    expect(methods('raychat')).toContain('loadUser')
  })

  it('the user option signs the visitor in at the start', async () => {
    const client = chat('chatra', {
      user: { token: 'kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg', email: 'ada@example.com' },
    })
    await client.load()
    expect(emulated.emulation.vendor('chatra')!.settings).toMatchObject({
      clientId: 'kZMvWhf8npAu3H6qd57w2Hv6nh6rnxvg',
    })
    expect(emulated.emulation.vendor('chatra')!.visitor).toMatchObject({ email: 'ada@example.com' })
  })
})

describe('visitor fields a vendor cannot take', () => {
  it.each([
    ['chatra', 'avatar'],
    ['raychat', 'custom'],
    ['onwebchat', 'avatar'],
  ] as const)(
    '%s: %s is not supported, and identify warns in development instead of dropping it silently',
    async (provider, field) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const client = chat(provider)
      expect(client.supports(`identify.${field}`)).toBe(false)
      client.identify({
        name: 'Ada',
        [field]: field == 'custom' ? { plan: 'pro' } : 'https://example.com/ada.png',
      })
      // Said once the engine has the call (it arrives as a chunk of its own).
      await vi.waitFor(() =>
        expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).toContain(
          `visitor.${field}`,
        ),
      )
    },
  )

  it.each([
    ['raychat', 'avatar'],
    ['chatra', 'custom'],
    ['chaport', 'custom'],
  ] as const)('%s supports %s', (provider, field) => {
    expect(chat(provider).supports(`identify.${field}`)).toBe(true)
  })
})
