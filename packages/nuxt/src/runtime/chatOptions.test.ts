// The runtime config as the module's plugins read it: NUXT_PUBLIC_CHATMOUNT_* overrides arrive as
// values of the same keys, and empty ones mean unset.
import { describe, expect, it } from 'vitest'
import { chatOptions } from './chatOptions'

const defaults = {
  provider: 'raychat',
  token: '',
  load: 'idle',
  timeout: 15000,
  consent: true,
  scriptUrl: '',
  nonce: '',
  hideOn: [],
  pageViews: true,
}

describe('chatOptions', () => {
  it('splits chat and route options, leaving empty strings out', () => {
    const { chat, routes } = chatOptions({
      ...defaults,
      provider: 'chatra',
      token: 'z2o3F8GDkNpKD4BYt',
      hideOn: ['/checkout'],
    })
    expect(chat).toEqual({
      provider: 'chatra',
      token: 'z2o3F8GDkNpKD4BYt',
      load: 'idle',
      timeout: 15000,
      consent: true,
    })
    expect(routes).toEqual({ hideOn: ['/checkout'], pageViews: true })
  })

  it('an unset or bad token, or a bad pattern, is the config error that names it', () => {
    expect(() => chatOptions(defaults)).toThrow(/"token"/)
    expect(() =>
      chatOptions({
        ...defaults,
        provider: 'chatra',
        token: 'z2o3F8GDkNpKD4BYt',
        hideOn: ['checkout'],
      }),
    ).toThrow(/"hideOn\[0\]"/)
    expect(() =>
      chatOptions({
        ...defaults,
        provider: 'chatra',
        token: 'z2o3F8GDkNpKD4BYt',
        load: 'sometimes',
      }),
    ).toThrow(expect.objectContaining({ code: 'config' }))
  })
})

describe('chatOptions: route widgets', () => {
  const config = {
    ...defaults,
    provider: 'chatra',
    token: 'z2o3F8GDkNpKD4BYt',
    scriptUrl: '/emulators/chatra.js',
    widgets: [
      {
        on: ['/support/**'],
        provider: 'raychat',
        token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
        scriptUrl: '/emulators/raychat.js',
      },
    ],
  }

  it('the chat’s options on each page: the support pages’ own widget, the rest the chat’s', () => {
    const { optionsOn } = chatOptions(config)
    expect(optionsOn('/support/billing')).toMatchObject({
      provider: 'raychat',
      scriptUrl: '/emulators/raychat.js',
      load: 'idle',
    })
    expect(optionsOn('/pricing')).toMatchObject({ provider: 'chatra', token: 'z2o3F8GDkNpKD4BYt' })
  })

  it('a bad route widget is a config error at start, naming it', () => {
    expect(() =>
      chatOptions({ ...config, widgets: [{ on: ['/help'], provider: 'raychat', token: 'nope!' }] }),
    ).toThrow(/"token"/)
    expect(() => chatOptions({ ...config, widgets: [{ on: 'help', token: 'x' }] })).toThrow(
      /"widgets\[0\]\.on"/,
    )
  })
})
