import { describe, expect, it } from 'vitest'
import { chaport } from './providers/chaport'
import { chatra } from './providers/chatra'
import { onwebchat } from './providers/onwebchat'
import { raychat } from './providers/raychat'
import { rayzing } from './providers/rayzing'
import { builtins } from './builtins'
import { createChat } from './createChatByName'
import { createChat as createChatWithProvider } from './createChat'
import type { Capability } from './types'

const every: Capability[] = [
  'open',
  'close',
  'toggle',
  'show',
  'hide',
  'identify',
  'identify.avatar',
  'identify.custom',
  'signIn',
  'reset',
  'pageView',
  'updateOptions',
  'unread',
  'events.open',
  'events.close',
  'events.message',
  'events.unread',
]
const tokens: Record<string, string> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'z2o3F8GDkNpKD4BYt',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d/1',
  rayzing: 'bot,customer',
}

const builtinProviders = { raychat, chatra, chaport, onwebchat, rayzing }

describe.each(Object.keys(builtinProviders))('%s by name', (name) => {
  const provider = builtinProviders[name as keyof typeof builtinProviders]

  it('the table createChat reads by name agrees with the provider: token rule, words, capabilities', async () => {
    const lazy = builtins[name]!
    expect(lazy.token.pattern.toString()).toBe(provider.token.pattern.toString())
    expect(lazy.token.expected).toBe(provider.token.expected)
    const byName = createChat({ provider: name as never, token: tokens[name]!, load: 'manual' })
    const byObject = createChatWithProvider({ provider, token: tokens[name]!, load: 'manual' })
    expect(every.filter(byName.supports)).toEqual(every.filter(byObject.supports))
    expect(byName.getState()).toEqual(byObject.getState())
    byName.destroy()
    byObject.destroy()
    await expect(lazy.load()).resolves.toBe(provider)
  })
})
