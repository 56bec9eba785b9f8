import { createChat, isChatError } from '@chatmount/core'
import { expect, it } from 'vitest'
import { tagOptions } from './tagOptions'

function tag(attributes: Record<string, string>, nonce?: string) {
  const script = document.createElement('script')
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  if (nonce) script.nonce = nonce
  return script
}

it('reads the options from data-* attributes in kebab case, and the nonce from the tag', () => {
  const options = tagOptions(
    tag(
      {
        'data-provider': 'chatra',
        'data-token': 'Qh7RtKw2XmPz9LbN4',
        'data-load': 'interaction',
        'data-consent': 'false',
        'data-timeout': '8000',
        'data-script-url': '/emulators/chatra.js',
        'data-referrer-policy': 'no-referrer',
        'data-target': '#contact',
        'data-options': '{"startHidden":true}',
        'data-cfasync': 'false',
      },
      'c2VjcmV0',
    ),
  )
  expect(options).toEqual({
    provider: 'chatra',
    token: 'Qh7RtKw2XmPz9LbN4',
    load: 'interaction',
    consent: false,
    timeout: 8000,
    scriptUrl: '/emulators/chatra.js',
    referrerPolicy: 'no-referrer',
    target: '#contact',
    options: { startHidden: true },
    nonce: 'c2VjcmV0',
  })
})

it('leaves out what the tag does not say, so createChat’s defaults apply', () => {
  expect(tagOptions(tag({ 'data-provider': 'chaport', 'data-token': 'x' }))).toEqual({
    provider: 'chaport',
    token: 'x',
  })
})

it.each([
  ['', true],
  ['true', true],
  ['false', false],
])('data-consent="%s" is consent %s', (value, consent) => {
  expect(tagOptions(tag({ 'data-consent': value })).consent).toBe(consent)
})

it.each([
  ['data-consent', 'no', 'consent'],
  ['data-timeout', 'soon', 'timeout'],
  ['data-load', 'later', 'load'],
  ['data-script-url', 'javascript:alert(1)', 'scriptUrl'],
])('%s="%s" is a config error naming %s when the chat is created', (name, value, option) => {
  const options = tagOptions(
    tag({ 'data-provider': 'chatra', 'data-token': 'Qh7RtKw2XmPz9LbN4', [name]: value }),
  )
  let error: unknown
  try {
    createChat(options)
  } catch (caught) {
    error = caught
  }
  expect(isChatError(error) && error.code).toBe('config')
  expect((error as Error).message).toContain(option)
})

it('data-options that is not JSON is a config error naming the option', () => {
  expect(() => tagOptions(tag({ 'data-options': '{startHidden:true}' }))).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('data-options') }),
  )
})
