import { describe, expect, it } from 'vitest'
import { routeWidgets } from './routeWidgets'

const chat = {
  provider: 'chatra',
  token: 'SalesTeam2024',
  load: 'idle',
  consent: false,
  scriptUrl: '/emulators/chatra.js',
  options: { startHidden: true },
} as const

describe('routeWidgets', () => {
  const optionsOn = routeWidgets([
    {
      on: ['/support/**'],
      provider: 'raychat',
      token: 'support-token',
      scriptUrl: '/emulators/raychat.js',
    },
    { on: ['/customers/*'], token: 'CustomersTeam01' },
  ])

  it("on a widget's pages: its provider, token, settings and script; the chat's loading and consent stay", () => {
    expect(optionsOn(chat, '/support/billing')).toEqual({
      provider: 'raychat',
      token: 'support-token',
      load: 'idle',
      consent: false,
      scriptUrl: '/emulators/raychat.js',
      options: undefined,
    })
    // Every page of the same widget: the same options.
    expect(optionsOn(chat, '/support/orders')).toBe(optionsOn(chat, '/support/billing'))
    // Another token of the same vendor: the chat's provider.
    expect(optionsOn(chat, '/customers/acme')).toMatchObject({
      provider: 'chatra',
      token: 'CustomersTeam01',
    })
  })

  it('elsewhere the chat’s own options, the same object', () => {
    expect(optionsOn(chat, '/')).toBe(chat)
    expect(optionsOn(chat, '/supporters')).toBe(chat)
  })

  it('bad entries are config errors naming them', () => {
    expect(() => routeWidgets({} as never)).toThrow(/"widgets"/)
    expect(() => routeWidgets([{ on: ['/a'] } as never])).toThrow(/"widgets\[0\]\.token"/)
    expect(() => routeWidgets([{ token: 'x' } as never])).toThrow(/"widgets\[0\]\.on"/)
    expect(() => routeWidgets([{ on: ['support'], token: 'x' }])).toThrow(/"widgets\[0\]\.on\[0\]"/)
  })
})
