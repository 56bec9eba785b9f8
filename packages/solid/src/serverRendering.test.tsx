// Server rendering, as SolidStart does it: the launcher is in the HTML (so a visitor sees it at
// once) and nothing touches a window (the chat is created by an effect, which the server never runs).
import { demoTokens } from '@chatmount/testing'
import { renderToString } from 'solid-js/web'
import { expect, it } from 'vitest'
import { ChatApp } from './__fixtures__/ChatApp'

it('renders the launcher idle, touching no window', () => {
  expect(typeof window).toBe('undefined')
  const html = renderToString(() => (
    <ChatApp options={() => ({ provider: 'chatra', token: demoTokens.chatra })} path={() => '/'} />
  ))
  expect(html).toContain('data-chat-launcher')
  expect(html).toContain('data-status="idle"')
  expect(html).toContain('Chat with us')
})

it('invalid options throw the config error on the server too', () => {
  expect(() =>
    renderToString(() => (
      <ChatApp options={() => ({ provider: 'chatra', token: 'not a token!' })} />
    )),
  ).toThrow(expect.objectContaining({ code: 'config' }))
})
