// Server rendering, as SolidStart does it: the launcher is in the HTML (so a visitor sees it at
// once), nothing of the chat is created, and nothing touches a window.
import { demoTokens } from '@chatmount/testing'
import { renderToString } from 'solid-js/web'
import { expect, it } from 'vitest'
import { ChatApp } from './__fixtures__/ChatApp'

it('renders the launcher idle and creates no chat on the server', () => {
  expect(typeof window).toBe('undefined')
  const html = renderToString(() => (
    <ChatApp options={() => ({ provider: 'chatra', token: demoTokens.chatra })} path={() => '/'} />
  ))
  expect(html).toContain('data-chat-launcher')
  expect(html).toContain('data-status="idle"')
  expect(html).toContain('Chat with us')
  expect(html).not.toContain('<script')
})

it('invalid options throw the config error on the server too', () => {
  expect(() =>
    renderToString(() => (
      <ChatApp options={() => ({ provider: 'chatra', token: 'not a token!' })} />
    )),
  ).toThrow(expect.objectContaining({ code: 'config' }))
})
