// Each built-in vendor is described once (`vendors/`): the table createChat reads by name, the
// provider's behaviour and its real script's address agree with that description.
import { describe, expect, it } from 'vitest'
import { builtins } from './builtins'
import { createChat } from './createChat'
import { createChatFromProvider as createChatWithProvider } from './createChatFromProvider'
import type { Capability } from './types'
import { providers, vendors, type VendorName } from './vendors'

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

it('createChat knows by name exactly the described vendors', () => {
  expect(Object.keys(builtins)).toEqual(Object.keys(vendors))
})

describe.each(Object.keys(vendors) as VendorName[])('%s', (name) => {
  const { vendor, docs } = vendors[name]

  it('by name and by object: the same token rule, capabilities and state', async () => {
    const lazy = builtins[name]
    const provider = await lazy.load()
    expect(lazy.name).toBe(name)
    expect(provider.name).toBe(name)
    expect(provider.token).toBe(vendor.token)
    const byName = createChat({ provider: name, token: docs.demoToken, load: 'manual' })
    const byObject = createChatWithProvider({ provider, token: docs.demoToken, load: 'manual' })
    expect(every.filter(byName.supports)).toEqual(every.filter(byObject.supports))
    expect(byName.getState()).toEqual(byObject.getState())
    byName.destroy()
    byObject.destroy()
  })

  it('its operations are among its described capabilities', async () => {
    const provider = await builtins[name].load()
    for (const operation of Object.keys(provider.operations))
      expect(vendor.capabilities).toContain(operation)
    expect(provider).toBe(providers[name])
  })

  it('its script address is one the description names, for its demo token', async () => {
    const provider = await builtins[name].load()
    const url = new URL(provider.scriptUrl(docs.demoToken, {}))
    expect(url.protocol).toBe('https:')
    expect(docs.script.hosts).toContain(url.hostname)
    expect(url.pathname).toMatch(docs.script.path)
    expect(docs.demoToken).toMatch(vendor.token.pattern)
  })
})
