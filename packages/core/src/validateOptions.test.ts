import { afterEach, describe, expect, it, vi } from 'vitest'
import { ChatError } from './chatError'
import { createChatHandle } from './chatHandle'
import { createChat } from './createChat'
import type { ProviderName } from './builtinProviders'

const valid: Record<ProviderName, string> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'z2o3F8GDkNpKD4BYt',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d/1',
  rayzing: '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30',
  crisp: '7598bf86-9ebb-46bc-8d61-be8929bbf93d',
  tawk: '5e2672718e78b86ed8aa4862/default',
}

function configError(run: () => unknown): ChatError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ChatError)
    expect((error as ChatError).code).toBe('config')
    return error as ChatError
  }
  throw new Error('expected a ChatError')
}

afterEach(async () => {
  // Nothing may reach the page, even after the deferred start would have run.
  await new Promise((resolve) => setTimeout(resolve, 0))
  expect(document.querySelectorAll('script')).toHaveLength(0)
  expect(document.body.children).toHaveLength(0)
})

const breakouts = [
  '"><img src=x onerror=alert(1)>',
  "x' onload='alert(1)",
  '../../evil.js',
  'abc</script><script>alert(1)</script>',
  'javascript:alert(1)',
  'abc def',
  'id?callback=evil',
  'id#frag',
]

describe.each(Object.keys(valid) as ProviderName[])('token for %s', (provider) => {
  it('accepts a well-formed token', () => {
    const chat = createChat({ provider, token: valid[provider], load: 'manual' })
    expect(chat.provider).toBe(provider)
    chat.destroy()
  })

  it.each([undefined, '', 'undefined', 'null', 42, null])(
    'rejects %j, naming the option',
    (token) => {
      const error = configError(() =>
        createChat({ provider, token: token as string, load: 'eager' }),
      )
      expect(error.message).toContain('"token"')
      expect(error.message).toContain(provider)
    },
  )

  it.each(breakouts)(
    'rejects %j, which could break out of a URL, an attribute or a script',
    (token) => {
      const error = configError(() => createChat({ provider, token, load: 'eager' }))
      expect(error.message).toMatch(/Invalid option "token": expected .+, got /)
    },
  )
})

describe('a token that merely looks unusual for its vendor', () => {
  it.each(['raychat', 'chatra', 'chaport', 'onwebchat', 'crisp', 'tawk'] as const)(
    '%s (its format is not documented): accepted, with a warning in development',
    (provider) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
      const unusual = 'Customer_Token-2026.eu'
      createChat({ provider, token: unusual, load: 'manual' }).destroy()
      expect(warn).toHaveBeenCalledTimes(1)
      expect(warn.mock.calls[0]![0]).toContain(`"${unusual}"`)
      createChat({ provider, token: valid[provider], load: 'manual' }).destroy()
      expect(warn).toHaveBeenCalledTimes(1)
      warn.mockRestore()
    },
  )

  it('is warned about once, however often the same options are checked (renders, setOptions)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const handle = createChatHandle()
    const options = { provider: 'crisp', token: 'Older_Website-7', load: 'manual' } as const
    for (let render = 0; render < 3; render++) handle.setOptions({ ...options })
    createChat(options).destroy()
    expect(warn).toHaveBeenCalledTimes(1)
    handle.setOptions({ ...options, token: 'Older_Website-8' })
    expect(warn).toHaveBeenCalledTimes(2)
    handle.setOptions(null)
    warn.mockRestore()
  })

  it('rayzing, whose seed documents "BotId,CustomerId", still refuses another shape', () => {
    configError(() => createChat({ provider: 'rayzing', token: valid.chaport }))
  })
})

describe('other options', () => {
  const token = valid.raychat
  it.each([
    ['provider', { provider: 'intercom' }],
    [
      'provider',
      { provider: { name: 'x"] , script', install() {}, token: { pattern: /./, expected: 'x' } } },
    ],
    ['load', { load: 'later' }],
    ['consent', { consent: 'yes' }],
    ['timeout', { timeout: -1 }],
    ['timeout', { timeout: Number.POSITIVE_INFINITY }],
    ['scriptUrl', { scriptUrl: 'javascript:alert(1)' }],
    ['scriptUrl', { scriptUrl: 'data:text/javascript,alert(1)' }],
    ['scriptUrl', { scriptUrl: '' }],
    ['nonce', { nonce: '" onload="x' }],
    ['referrerPolicy', { referrerPolicy: 'unsafe url" onload="x' }],
    ['visitor', { visitor: 'Ada' }],
    ['visitor.email', { visitor: { email: 42 } }],
    ['visitor.custom.plan', { visitor: { custom: { plan: { tier: 1 } } } }],
    ['target', { load: 'visible' }],
    ['target', { load: 'visible', target: 42 }],
    ['target', { load: 'visible', target: 'div[' }],
    ['target', { load: 'visible', target: { nodeType: 1 } }],
    ['target', { load: 'visible', target: { nodeType: 1, ownerDocument: document } }],
    ['options', { options: 'fa' }],
  ])('names "%s" when it is wrong', (option, patch) => {
    const error = configError(() => createChat({ token, ...(patch as object) } as never))
    expect(error.message).toContain(`"${option}"`)
    expect(error.message).toContain('expected')
  })

  it('reads options once, at createChat: a getter or trap that throws names its option', () => {
    const throwing = (option: string) => {
      throw new Error(`no ${option} today`)
    }
    const getter = configError(() =>
      createChat({
        provider: 'chatra',
        token: valid.chatra,
        options: {
          get buttonSize(): number {
            return throwing('size')
          },
        },
      }),
    )
    expect(getter.message).toContain('"options.buttonSize"')
    expect(getter.message).toContain('no size today')
    const trap = new Proxy({}, { ownKeys: () => throwing('keys') })
    expect(
      configError(() => createChat({ provider: 'chaport', token: valid.chaport, options: trap }))
        .message,
    ).toContain('"options"')
    const root = new Proxy(
      { token },
      { get: (target, key) => (key == 'token' ? throwing('token') : Reflect.get(target, key)) },
    )
    expect(configError(() => createChat(root as never)).message).toContain('"token"')
    const chat = createChat({ token, load: 'manual' })
    expect(
      configError(() =>
        chat.identify({
          get name(): string {
            return throwing('name')
          },
        }),
      ).message,
    ).toContain('"visitor.name"')
    chat.destroy()
  })

  it('takes a copy of provider options: later changes and a __proto__ key never reach the vendor', async () => {
    const options = JSON.parse(
      '{"appearance": {"teamName": "Help"}, "__proto__": {"polluted": true}}',
    )
    const chat = createChat({ provider: 'chaport', token: valid.chaport, load: 'eager', options })
    options.appearance.teamName = 'Changed'
    await new Promise((resolve) => setTimeout(resolve, 0))
    const config = (window as any).chaportConfig
    expect(config.appearance).toEqual({ teamName: 'Help' })
    expect(Object.getPrototypeOf(config)).toBe(Object.prototype)
    expect(Object.keys(config)).not.toContain('__proto__')
    expect(config.polluted).toBeUndefined()
    chat.destroy()
  })

  it('identify() checks the visitor too', () => {
    const chat = createChat({ token, load: 'manual' })
    configError(() => chat.identify({ name: ['Ada'] } as never))
    chat.destroy()
  })

  it('accepts a self-hosted script path or URL', () => {
    createChat({ token, load: 'manual', scriptUrl: '/vendor/raychat.js' }).destroy()
    createChat({ token, load: 'manual', scriptUrl: 'https://cdn.example.com/raychat.js' }).destroy()
  })
})

describe('validateChatOptions', () => {
  it('throws what createChat throws, and creates nothing', async () => {
    const { validateChatOptions } = await import('./createChat')
    const error = configError(() => validateChatOptions({ provider: 'chatra', token: 'undefined' }))
    expect(error.message).toContain('"token"')
    expect(() => validateChatOptions({ provider: 'chatra', token: valid.chatra })).not.toThrow()
  })
})

it('the provider-object createChat (`@chatmount/core/base`) explains what to do with a name', async () => {
  const { createChat: createChatWithProvider } = await import('./base')
  const error = configError(() =>
    createChatWithProvider({ provider: 'chatra' as never, token: valid.chatra }),
  )
  expect(error.message).toContain('"provider"')
  expect(error.message).toContain('@chatmount/core')
  expect(error.message).toContain('"chatra"')
  configError(() => createChatWithProvider(undefined as never))
})
