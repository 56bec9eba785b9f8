// Server rendering, as SvelteKit does it: the launcher is in the HTML (so a visitor sees it at
// once) and nothing touches a window (the chat is created by an effect, which the server never runs).
import { demoTokens } from '@chatmount/testing'
import { render } from 'svelte/server'
import { expect, it } from 'vitest'
import ChatApp from './fixtures/ChatApp.svelte'

it('renders the launcher idle, touching no window', () => {
  expect(typeof window).toBe('undefined')
  const { body } = render(ChatApp, {
    props: { options: { provider: 'chatra', token: demoTokens.chatra }, url: '/' },
  })
  expect(body).toContain('data-chat-launcher')
  expect(body).toContain('data-status="idle"')
  expect(body).toContain('Chat with us')
})

it('invalid options throw the config error on the server too', () => {
  // The render is read lazily: the page's HTML is where it throws.
  expect(
    () =>
      render(ChatApp, { props: { options: { provider: 'chatra', token: 'not a token!' } } }).body,
  ).toThrow(expect.objectContaining({ code: 'config' }))
})
