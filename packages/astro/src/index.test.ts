import { expect, it, vi } from 'vitest'
import chatmount from './index'

/** Run the integration's setup as Astro does, and return the page script it injected. */
function setup(options: Parameters<typeof chatmount>[0]) {
  const injectScript = vi.fn()
  const integration = chatmount(options)
  ;(integration.hooks['astro:config:setup'] as (params: unknown) => void)({ injectScript })
  expect(integration.name).toBe('@chatmount/astro')
  return injectScript
}

it('adds one script to every page, with the options as data', () => {
  const injectScript = setup({
    provider: 'chaport',
    token: '5820a1375ddf087b2e54921d',
    load: 'interaction',
    hideOn: ['/checkout'],
  })
  expect(injectScript).toHaveBeenCalledTimes(1)
  const [stage, code] = injectScript.mock.calls[0]!
  expect(stage).toBe('page')
  expect(code).toContain(`from '@chatmount/astro/client'`)
  expect(code).toContain(
    JSON.stringify({
      provider: 'chaport',
      token: '5820a1375ddf087b2e54921d',
      load: 'interaction',
      hideOn: ['/checkout'],
    }),
  )
})

it.each([
  [{ provider: 'chatra', token: 'not a token!' }, 'token'],
  [{ provider: 'chatra', token: 'DemoChatraId2024x', load: 'soon' }, 'load'],
  [{ provider: 'chatra', token: 'DemoChatraId2024x', hideOn: '/checkout' }, 'hideOn'],
  [{ provider: 'nope', token: 'DemoChatraId2024x' }, 'provider'],
])('stops the build with a config error naming the option: %j', (options, option) => {
  expect(() => setup(options as never)).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining(option) }),
  )
})

it.each([
  [{ nonce: 'c2VjcmV0' }, 'nonce'],
  [{ options: { onNewMessage: () => {} } }, 'options.onNewMessage'],
])('refuses what cannot be written into every page as data: %j', (extra, option) => {
  expect(() =>
    setup({ provider: 'chatra', token: 'DemoChatraId2024x', ...extra } as never),
  ).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining(`"${option}"`) }),
  )
})

it('a provider of one’s own is refused: the options are written into the page as data', () => {
  const provider = { name: 'mine', token: { pattern: /.*/ }, install() {} }
  expect(() => setup({ provider, token: 'x' } as never)).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('built-in') }),
  )
})
