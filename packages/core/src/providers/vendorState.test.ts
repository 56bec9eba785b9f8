// The state says what the vendor really does under the settings its docs offer (issue 12, §1–2):
// widgets that start hidden or open, a vendor that shows itself, vendors that start late on purpose.
import { injectEmulatorFault } from '@chatmount/testing'
import { describe, expect, it } from 'vitest'
import { emulatedChats } from '../__fixtures__/emulatedChats'

const emulated = emulatedChats()
const { chat, errors } = emulated
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a widget that starts hidden by its own setting', () => {
  it.each([
    ['raychat', { hideOnInit: true }],
    ['chatra', { startHidden: true }],
    ['chaport', { launcher: { show: false } }],
    ['onwebchat', { show: 0 }],
  ] as const)(
    '%s %j: visible is false once ready, and show() makes it true',
    async (provider, options) => {
      const client = chat(provider, options)
      await client.load()
      expect(emulated.emulation.vendor(provider)!.isVisible).toBe(false)
      expect(client.getState().visible).toBe(false)
      client.show()
      expect(emulated.emulation.vendor(provider)!.isVisible).toBe(true)
      expect(client.getState().visible).toBe(true)
    },
  )

  it('a show() made before the vendor is there wins over the setting', async () => {
    const client = chat('onwebchat', { show: 0 })
    client.show()
    await client.load()
    expect(emulated.emulation.vendor('onwebchat')!.isVisible).toBe(true)
    expect(client.getState().visible).toBe(true)
  })

  it('raychat shows a hidden widget by itself when an operator writes, and the state says so', async () => {
    const client = chat('raychat', { hideOnInit: true })
    await client.load()
    expect(client.getState().visible).toBe(false)
    emulated.emulation.vendor('raychat')!.agentMessage('Can I help?')
    expect(emulated.emulation.vendor('raychat')!.isVisible).toBe(true)
    expect(client.getState().visible).toBe(true)
  })
})

describe('a widget that starts open', () => {
  it('onwebchat max: 1 — open is true once ready, and toggle() minimizes', async () => {
    const client = chat('onwebchat', { max: 1 })
    await client.load()
    expect(emulated.emulation.vendor('onwebchat')!.isOpen).toBe(true)
    expect(client.getState().open).toBe(true)
    client.toggle()
    expect(emulated.emulation.vendor('onwebchat')!.isOpen).toBe(false)
    expect(client.getState().open).toBe(false)
  })
})

describe('vendors that start late on purpose', () => {
  it('raychat SEO_FRIENDLY: waiting for the visitor, no timeout; ready at the first interaction', async () => {
    const client = chat('raychat', { loadType: 'SEO_FRIENDLY' }, { timeout: 100 })
    client.open()
    await wait(200)
    expect(client.getState()).toMatchObject({ status: 'waiting', error: null })
    expect(errors).toEqual([])
    window.dispatchEvent(new Event('pointerdown'))
    await client.ready()
    expect(emulated.emulation.vendor('raychat')!.isOpen).toBe(true)
  })

  it('raychat SEO_FRIENDLY that never starts after the interaction still times out', async () => {
    injectEmulatorFault(window, 'raychat', 'never-ready')
    const client = chat('raychat', { loadType: 'SEO_FRIENDLY' }, { timeout: 100 })
    client.load().catch(() => {})
    await wait(150)
    expect(client.getState().status).toBe('waiting')
    window.dispatchEvent(new Event('keydown'))
    await wait(150)
    expect(client.getState().error?.code).toBe('timeout')
  })

  it('chaport session.autoStart: false: waiting, no timeout, until the app starts the session', async () => {
    const client = chat('chaport', { session: { autoStart: false } }, { timeout: 100 })
    client.load().catch(() => {})
    await wait(200)
    expect(client.getState()).toMatchObject({ status: 'waiting', error: null })
    client.call('startSession')
    await client.ready()
    expect(errors).toEqual([])
  })

  it('tawk autoStart: false: hidden and waiting, no timeout, until the app calls start', async () => {
    const client = chat('tawk', { autoStart: false }, { timeout: 100 })
    client.load().catch(() => {})
    await wait(200)
    expect(client.getState()).toMatchObject({ status: 'waiting', visible: false, error: null })
    client.call('start')
    await client.ready()
    expect(errors).toEqual([])
  })

  it('a script that never arrives still times out', async () => {
    emulated.emulation.fail('raychat', 'hang')
    const client = chat('raychat', { loadType: 'SEO_FRIENDLY' }, { timeout: 100 })
    await expect(client.load()).rejects.toMatchObject({ code: 'timeout' })
  })
})

describe('chatmount calls and the vendor’s own changes, in any mix', () => {
  it.each(['raychat', 'chaport', 'onwebchat', 'crisp', 'tawk'] as const)(
    '%s: open agrees with the vendor after every step',
    async (provider) => {
      const client = chat(provider, {})
      await client.load()
      const vendor = emulated.emulation.vendor(provider)!
      const steps: Array<() => void> = [
        () => client.open(),
        () => vendor.close(), // the visitor closes it in the widget
        () => client.toggle(),
        () => client.toggle(),
        () => vendor.open(), // the visitor clicks the vendor's own button
        () => client.close(),
        () => vendor.open(),
        () => client.toggle(),
      ]
      for (const step of steps) {
        step()
        expect(client.getState().open).toBe(vendor.isOpen)
      }
    },
  )

  it('raychat: visible agrees with the vendor through hide, an operator message and hide again', async () => {
    const client = chat('raychat', {})
    await client.load()
    const vendor = emulated.emulation.vendor('raychat')!
    client.hide()
    expect([client.getState().visible, vendor.isVisible]).toEqual([false, false])
    vendor.agentMessage('Still there?')
    expect([client.getState().visible, vendor.isVisible]).toEqual([true, true])
    client.hide()
    expect([client.getState().visible, vendor.isVisible]).toEqual([false, false])
  })
})

describe('what the vendors hand over, typed', () => {
  it('chaport: the visitorId from its ready event, for the logged-in-users flow', async () => {
    const client = chat('chaport')
    await client.load()
    const visitorId = await client.get('visitorId')
    expect(visitorId).toMatch(/^[0-9a-f]{24}$/)
    const started: Array<{ visitorId?: string }> = []
    client.on('chat.started', (payload) => started.push(payload))
    emulated.emulation.vendor('chaport')!.visitorMessage('Hello')
    expect(started).toEqual([{ visitorId }])
  })

  it('raychat: raychat_user_profile_updated hands over the user itself, as its seed shows', async () => {
    const client = chat('raychat')
    await client.load()
    const users: Array<{ name?: string }> = []
    client.on('raychat_user_profile_updated', (user) => users.push(user))
    client.identify({ name: 'Ada' })
    expect(users).toEqual([expect.objectContaining({ name: 'Ada' })])
  })
})

describe('settings changed at run time', () => {
  it('chatra updateOptions: a new ChatraSetup and a restart, and the message event keeps working', async () => {
    const client = chat('chatra', { language: 'en' })
    await client.load()
    const messages: string[] = []
    client.on('message', (message) => messages.push(message.text))
    client.updateOptions({ language: 'fr', buttonPosition: 'bl' })
    const vendor = emulated.emulation.vendor('chatra')!
    expect(vendor.calls.at(-1)?.method).toBe('restart')
    expect(vendor.settings).toMatchObject({ language: 'fr', buttonPosition: 'bl' })
    vendor.agentMessage('Bonjour')
    expect(messages).toEqual(['Bonjour'])
  })

  it('chatra: a raw restart after the app replaced window.ChatraSetup keeps chatmount’s hooks', async () => {
    const client = chat('chatra', {})
    await client.load()
    const messages: string[] = []
    client.on('message', (message) => messages.push(message.text))
    ;(window as any).ChatraSetup = { language: 'de' }
    client.call('restart')
    const vendor = emulated.emulation.vendor('chatra')!
    expect(vendor.settings).toMatchObject({ language: 'de' })
    vendor.agentMessage('Hallo')
    expect(messages).toEqual(['Hallo'])
  })

  it('onwebchat updateOptions: language, max and show through onWebChat.set', async () => {
    const client = chat('onwebchat', {})
    await client.load()
    client.updateOptions({ language: 'l2', max: 1 })
    expect(emulated.emulation.vendor('onwebchat')!.settings).toMatchObject({ language: 'l2' })
    expect(client.getState().open).toBe(true)
  })

  it('a vendor that cannot change its settings at run time says so', async () => {
    const client = chat('raychat', {})
    await client.load()
    client.updateOptions({ language: 'fa' })
    expect(errors).toEqual(['unsupported'])
    expect(client.supports('updateOptions')).toBe(false)
  })
})

describe('rayzing', () => {
  it('the conversation UUID its lead API takes, from session storage once the visitor opened the bot', async () => {
    sessionStorage.clear()
    sessionStorage.setItem('unrelated', 'not a uuid')
    const client = chat('rayzing')
    await client.load()
    await expect(client.get('uuid')).resolves.toBeUndefined()
    emulated.emulation.vendor('rayzing')!.open()
    await expect(client.get('uuid')).resolves.toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    )
  })

  it('rayzingPageUrl: the hosted landing page for a link or an iframe, with the token checked', async () => {
    const { rayzingPageUrl } = await import('../rayzingPage')
    expect(rayzingPageUrl('63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30')).toBe(
      'https://page.rayzing.ai/63d9ffa77a8d152facbe2f2f/63d9ffa77a8d152facbe2f30',
    )
    expect(() => rayzingPageUrl('bot/../x,y')).toThrow(/"token"/)
    expect(() => rayzingPageUrl(undefined as never)).toThrow(
      expect.objectContaining({ code: 'config' }),
    )
  })
})

describe('facts the seeds give', () => {
  it('chaport loads from the seed’s app.chaport.ru by default; host picks app.chaport.com, and stays out of chaportConfig', async () => {
    const byDefault = chat('chaport', {})
    await byDefault.load()
    expect(document.querySelector<HTMLScriptElement>('script[data-chatmount]')!.src).toBe(
      'https://app.chaport.ru/javascripts/insert.js',
    )
    byDefault.destroy()
    const other = chat('chaport', { host: 'app.chaport.com' })
    await other.load()
    expect(document.querySelector<HTMLScriptElement>('script[data-chatmount]')!.src).toBe(
      'https://app.chaport.com/javascripts/insert.js',
    )
    expect((window as any).chaportConfig).not.toHaveProperty('host')
  })

  it('chatra reset (inferred: built from setIntegrationData and restart) forgets the visitor and its account', async () => {
    const client = chat('chatra', { clientId: 'secret-random-string' })
    await client.load()
    client.identify({ name: 'Ada', email: 'ada@example.com' })
    const vendor = emulated.emulation.vendor('chatra')!
    expect(vendor.visitor).toMatchObject({ name: 'Ada' })
    client.reset()
    expect(vendor.visitor).toEqual({})
    expect(vendor.settings).not.toHaveProperty('clientId')
  })
})
