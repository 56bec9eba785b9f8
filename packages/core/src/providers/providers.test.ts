// Every built-in provider against its emulated vendor (@chatmount/testing): what an app relies on.
import { emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChatClient } from '../client'
import { createChat } from '../createChat'
import type { ProviderName } from '../builtinProviders'
import type { ChatMessage } from '../types'

const tokens: Record<ProviderName, string> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'z2o3F8GDkNpKD4BYt',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d',
  rayzing: '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30',
  crisp: '7598bf86-9ebb-46bc-8d61-be8929bbf93d',
  tawk: '5e2672718e78b86ed8aa4862/default',
}

/** The globals each vendor's install snippet sets; all must be there before its script, none after destroy. */
const globals: Record<ProviderName, string[]> = {
  raychat: ['RAYCHAT_TOKEN', 'RAYCHAT_WIDGET_LANG'],
  chatra: ['ChatraID', 'ChatraSetup', 'Chatra'],
  chaport: ['chaportConfig', 'chaport'],
  onwebchat: ['onWebChat'],
  rayzing: [],
  crisp: ['$crisp', 'CRISP_WEBSITE_ID', 'CRISP_RUNTIME_CONFIG'],
  tawk: ['Tawk_API', 'Tawk_LoadStart'],
}
const options: Record<ProviderName, object> = {
  raychat: { language: 'en' },
  chatra: { buttonPosition: 'bl' },
  chaport: { launcher: { show: true } },
  onwebchat: { language: 'l2' },
  rayzing: {},
  crisp: { locale: 'fr' },
  tawk: { customStyle: { zIndex: 1000 } },
}

let emulation: VendorEmulation
const chats: ChatClient<any>[] = []
const w = window as unknown as Record<string, any>

beforeEach(() => {
  emulation = emulateVendors()
})
afterEach(() => {
  chats.splice(0).forEach((chat) => chat.destroy())
  emulation.restore()
  vi.restoreAllMocks()
})

function chat(provider: ProviderName, extra: object = {}): ChatClient<any> {
  const client = createChat({
    provider,
    token: tokens[provider],
    load: 'manual',
    options: options[provider],
    ...extra,
  } as never)
  chats.push(client)
  return client
}
const vendorScripts = () => document.querySelectorAll('script[data-chatmount]')

describe.each(Object.keys(tokens) as ProviderName[])('%s', (provider) => {
  it('sets its globals before adding the script, and adds exactly one script however often load() runs', async () => {
    const seenAtInsert: string[][] = []
    for (const method of ['appendChild', 'insertBefore'] as const) {
      const original = Node.prototype[method] as (...args: any[]) => any
      vi.spyOn(Node.prototype, method).mockImplementation(function (this: Node, ...args: any[]) {
        if ((args[0] as Element).tagName === 'SCRIPT')
          seenAtInsert.push(globals[provider].filter((name) => w[name] !== undefined))
        return original.apply(this, args)
      })
    }
    const client = chat(provider)
    let readyEvents = 0
    client.on('ready', () => readyEvents++)
    await Promise.all([client.load(), client.load(), client.load()])
    expect(readyEvents).toBe(1)
    expect(vendorScripts()).toHaveLength(1)
    expect(emulation.scripts).toHaveLength(1)
    expect(seenAtInsert[0]).toEqual(globals[provider])
    expect(client.getState().status).toBe('ready')
    // Rayzing is ready once its loader ran; its emulator says ready once the bot is drawn.
    if (provider != 'rayzing') expect(emulation.vendor(provider)?.ready).toBe(true)
    else expect(emulation.vendor(provider)).toBeDefined()
  })

  it('destroy() leaves no script, global or vendor element, and a new chat works afterwards', async () => {
    // The app's own elements stay, even where their ids look like the vendor's (Chatra's docs
    // suggest <div id="chatra-wrapper"> for frame mode).
    const appElements = [
      'chatra-wrapper',
      'raychat-help',
      'chaport-faq',
      'onwebchat-note',
      'rayzing-promo',
    ].map((id) => document.body.appendChild(Object.assign(document.createElement('div'), { id })))
    const client = chat(provider)
    await client.load()
    const before = new Set(Object.keys(window))
    client.destroy()
    expect(vendorScripts()).toHaveLength(0)
    for (const name of [...globals[provider], 'Raychat', 'onWebChat_'])
      expect(w[name]).toBeUndefined()
    expect([...document.body.querySelectorAll('[id]')]).toEqual(appElements)
    appElements.forEach((element) => element.remove())
    expect([...before].filter((key) => !(key in window)).length).toBeGreaterThanOrEqual(
      globals[provider].length,
    )

    const again = chat(provider)
    await again.load()
    expect(again.getState().status).toBe('ready')
    expect(vendorScripts()).toHaveLength(1)
  })

  it('says honestly what it supports: an unsupported call emits "unsupported", never vanishes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const client = chat(provider)
    const errors: string[] = []
    client.on('error', (error) => errors.push(error.code))
    const operations = ['open', 'close', 'toggle', 'show', 'hide', 'reset', 'pageView'] as const
    for (const op of operations) client[op]()
    client.identify({ name: 'Ada' })
    const unsupported = [...operations, 'identify' as const].filter((op) => !client.supports(op))
    // Said once the engine has the calls (it arrives as a chunk of its own).
    await vi.waitFor(() => expect(errors).toEqual(unsupported.map(() => 'unsupported')))
  })
})

describe('calls made before ready are delivered once each, in order', () => {
  const expected: Record<Exclude<ProviderName, 'rayzing'>, string[]> = {
    raychat: ['setUser', 'openWidget', 'hideWidget', 'showWidget', 'closeWidget'],
    chatra: ['updateIntegrationData', 'openChat', 'hide', 'show', 'minimizeWidget', 'pageView'],
    chaport: ['setVisitorData', 'open', 'hideLauncher', 'showLauncher', 'close', 'newPageView'],
    onwebchat: ['set', 'set', 'set', 'set', 'set'],
    crisp: ['set', 'set', 'do', 'do', 'do', 'do'],
    tawk: ['setAttributes', 'maximize', 'hideWidget', 'showWidget', 'minimize'],
  }
  it.each(Object.keys(expected) as Array<keyof typeof expected>)('%s', async (provider) => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const client = chat(provider, { visitor: { name: 'Ada', email: 'ada@example.com' } })
    client.open()
    client.hide()
    client.show()
    client.close()
    client.on('error', () => {})
    client.pageView({ url: 'https://shop.example/cart', title: 'Cart' })
    await client.ready()
    const vendor = emulation.vendor(provider)!
    const calls = vendor.calls
      .map((call) => call.method)
      .filter((method) => expected[provider].includes(method))
    if (provider === 'onwebchat') {
      const sets = vendor.calls.filter(
        (call) =>
          call.method === 'set' &&
          ['name', 'email', 'max', 'show'].includes(call.args[0] as string),
      )
      expect(sets.map((call) => call.args)).toEqual([
        ['name', 'Ada'],
        ['email', 'ada@example.com'],
        ['max', 1],
        ['show', 0],
        ['show', 1],
        ['max', 0],
      ])
    } else if (provider === 'crisp') {
      const commands = vendor.calls.filter((call) => ['set', 'do'].includes(call.method))
      expect(commands.map((call) => call.args[0])).toEqual([
        'user:email',
        'user:nickname',
        'chat:open',
        'chat:hide',
        'chat:show',
        'chat:close',
      ])
    } else {
      expect(calls).toEqual(expected[provider])
    }
    expect(vendor.visitor).toMatchObject({ name: 'Ada', email: 'ada@example.com' })
    expect(vendor.isOpen).toBe(false)
    expect(vendor.isVisible).toBe(true)
  })
})

describe('vendor events reach the app, and stop after unsubscribe', () => {
  it.each(['raychat', 'chaport', 'onwebchat', 'crisp', 'tawk'] as const)(
    '%s: open and close',
    async (provider) => {
      const client = chat(provider)
      await client.load()
      const seen: string[] = []
      const stopOpen = client.on('open', () => seen.push('open'))
      const stopClose = client.on('close', () => seen.push('close'))
      const vendor = emulation.vendor(provider)!
      vendor.open()
      expect(client.getState().open).toBe(true)
      vendor.close()
      expect(client.getState().open).toBe(false)
      stopOpen()
      stopClose()
      vendor.open()
      expect(seen).toEqual(['open', 'close'])
      expect(client.getState().open).toBe(true)
    },
  )

  it.each(['raychat', 'chatra', 'crisp', 'tawk'] as const)(
    '%s: an agent message',
    async (provider) => {
      const client = chat(provider)
      await client.load()
      const messages: ChatMessage[] = []
      const stop = client.on('message', (message) => messages.push(message))
      emulation.vendor(provider)!.agentMessage('Hello from support')
      emulation.vendor(provider)!.visitorMessage('Hi!')
      stop()
      emulation.vendor(provider)!.agentMessage('Unheard')
      expect(messages.map(({ from, text }) => ({ from, text }))).toEqual([
        { from: 'agent', text: 'Hello from support' },
        { from: 'visitor', text: 'Hi!' },
      ])
    },
  )

  it('raychat: the unread count follows the widget badge', async () => {
    const client = chat('raychat')
    await client.load()
    const counts: number[] = []
    client.on('unread', (count) => counts.push(count))
    emulation.vendor('raychat')!.agentMessage('one')
    emulation.vendor('raychat')!.agentMessage('two')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(client.getState().unread).toBe(2)
    expect(counts.at(-1)).toBe(2)
  })

  it('tawk: the unread count follows onUnreadCountChanged', async () => {
    const client = chat('tawk')
    await client.load()
    emulation.vendor('tawk')!.agentMessage('one')
    emulation.vendor('tawk')!.agentMessage('two')
    expect(client.getState().unread).toBe(2)
    emulation.vendor('tawk')!.open()
    expect(client.getState().unread).toBe(0)
  })

  it('chaport: unread says whether (1) or not (0), from widget.stateChange, as Chaport can tell no more', async () => {
    const client = chat('chaport')
    await client.load()
    expect(client.supports('unread')).toBe(true)
    const counts: number[] = []
    client.on('unread', (count) => counts.push(count))
    emulation.vendor('chaport')!.agentMessage('one')
    emulation.vendor('chaport')!.agentMessage('two')
    expect(client.getState().unread).toBe(1)
    emulation.vendor('chaport')!.open()
    expect(client.getState().unread).toBe(0)
    emulation.vendor('chaport')!.close()
    // An auto-invitation is a message the visitor has not read.
    emulation.vendor('chaport')!.trigger('Need a hand?')
    expect(client.getState().unread).toBe(1)
    expect(counts).toEqual([1, 0, 1])
  })

  it('vendor-native events are reachable through on()', async () => {
    const client = chat('chaport')
    await client.load()
    const states: unknown[] = []
    client.on('widget.stateChange', (change) => states.push(change))
    emulation.vendor('chaport')!.open()
    expect(states).toHaveLength(1)
  })
})

describe('getters resolve with the vendor value', () => {
  it('raychat', async () => {
    const client = chat('raychat')
    const open = client.get('isWidgetOpen')
    await client.load()
    await expect(open).resolves.toBe(false)
    client.open()
    await expect(client.get('isWidgetOpen')).resolves.toBe(true)
  })

  it('chaport, including the callback-style isOnline', async () => {
    const client = chat('chaport')
    await client.load()
    await expect(client.get('isOnline')).resolves.toBe(true)
    emulation.vendor('chaport')!.goOffline()
    await expect(client.get('isOnline')).resolves.toBe(false)
    await expect(client.get('getWidgetState')).resolves.toBe('collapsed')
  })

  it('crisp: $crisp.is for states, $crisp.get for values', async () => {
    const client = chat('crisp', { visitor: { name: 'Ada' } })
    await client.load()
    await expect(client.get('chat:opened')).resolves.toBe(false)
    client.open()
    await expect(client.get('chat:opened')).resolves.toBe(true)
    await expect(client.get('user:nickname')).resolves.toBe('Ada')
    await expect(client.get('session:identifier')).resolves.toMatch(/^session_/)
  })

  it('tawk', async () => {
    const client = chat('tawk')
    await client.load()
    await expect(client.get('getStatus')).resolves.toBe('online')
    client.open()
    await expect(client.get('isChatMaximized')).resolves.toBe(true)
  })

  it('onwebchat', async () => {
    const client = chat('onwebchat', { visitor: { name: 'Ada' } })
    await client.load()
    await expect(client.get('status')).resolves.toBe('online')
    await expect(client.get('name')).resolves.toBe('Ada')
  })
})

describe('faults', () => {
  it('a blocked vendor script: error state, queued calls kept, retry adds one script and delivers them', async () => {
    emulation.fail('raychat', 'error')
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const client = chat('raychat')
    client.open()
    await expect(client.ready()).rejects.toMatchObject({ code: 'load_failed' })
    expect(client.getState().status).toBe('error')
    expect(vendorScripts()).toHaveLength(0)
    emulation.fail('raychat', 'load')
    await client.retry()
    expect(emulation.scripts).toHaveLength(2)
    expect(vendorScripts()).toHaveLength(1)
    expect(
      emulation.vendor('raychat')!.calls.filter((call) => call.method === 'openWidget'),
    ).toHaveLength(1)
    // Nobody listened for 'error', so it was said on the console rather than lost.
    expect(consoleError).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
  })

  it('a vendor method that throws is reported through "error"; the app keeps running', async () => {
    const client = chat('raychat')
    await client.load()
    emulation.vendor('raychat')!.throwOn('openWidget')
    const errors: string[] = []
    client.on('error', (error) => errors.push(error.code))
    expect(() => client.open()).not.toThrow()
    client.hide()
    expect(errors).toEqual(['vendor'])
    expect(emulation.vendor('raychat')!.isVisible).toBe(false)
  })

  it('scriptUrl loads the vendor from elsewhere (a self-hosted copy or an emulator)', async () => {
    emulation.restore()
    emulation = emulateVendors({
      urls: { 'https://assets.shop.example/chat/widget.js': 'raychat' },
    })
    const client = chat('raychat', { scriptUrl: 'https://assets.shop.example/chat/widget.js' })
    await client.load()
    expect((vendorScripts()[0] as HTMLScriptElement).src).toBe(
      'https://assets.shop.example/chat/widget.js',
    )
  })
})

describe('the script element is what each vendor expects', () => {
  it('rayzing: id rayzing-messenger-widget and BOT_ID,CUSTOMER_ID as its text', async () => {
    const client = chat('rayzing')
    await client.load()
    const script = vendorScripts()[0] as HTMLScriptElement
    expect(script.id).toBe('rayzing-messenger-widget')
    expect(script.text).toBe(tokens.rayzing)
    expect(script.defer).toBe(true)
    // The loader read it and ran (the bot itself is drawn a moment later).
    expect(emulation.vendor('rayzing')?.settings.customerId).toBe(tokens.rayzing.split(',')[1])
  })

  it('onwebchat: the chat id in the script path, encoded segment by segment', async () => {
    const client = chat('onwebchat', { token: 'abc123def/2' })
    await client.load()
    expect((vendorScripts()[0] as HTMLScriptElement).src).toBe(
      'https://www.onwebchat.com/clientchat/abc123def/2',
    )
  })

  it('chaport and onwebchat go before the first script of the page, as their snippets do', async () => {
    const appScript = document.createElement('script')
    document.body.appendChild(appScript)
    const client = chat('chaport')
    await client.load()
    expect(document.querySelector('script')?.hasAttribute('data-chatmount')).toBe(true)
    appScript.remove()
  })
})
