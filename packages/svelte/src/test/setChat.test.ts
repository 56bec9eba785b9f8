import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import ChatApp from './fixtures/ChatApp.svelte'
import Orphan from './fixtures/Orphan.svelte'

let emulation: VendorEmulation
const scripts = () => [...document.querySelectorAll('script[data-chatmount]')]
const until = async (condition: () => unknown) => {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}
const status = () => screen.getByTestId('status').textContent
const chatra = { provider: 'chatra', token: demoTokens.chatra, load: 'manual' } as const

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
})
afterEach(() => {
  cleanup()
  emulation.restore()
  vi.restoreAllMocks()
})

it('the launcher loads on pointer, shows the state as it changes, and a click opens the chat', async () => {
  render(ChatApp, { options: chatra })
  const button = screen.getByRole('button', { name: 'Chat with us' })
  expect(button.getAttribute('data-status')).toBe('idle')
  expect(button.className).toBe('launcher')
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(scripts()).toHaveLength(0)

  await fireEvent.pointerEnter(button)
  expect(button.getAttribute('aria-busy')).toBe('true')
  expect(button.textContent).toBe('Connecting…')
  await until(() => status() == 'ready')
  await fireEvent.click(button)
  await until(() => emulation.vendor('chatra')?.isOpen)
  expect(scripts()).toHaveLength(1)
  expect(button.hasAttribute('aria-busy')).toBe(false)
})

it('follows the options: a new provider re-creates the chat, unmounting destroys it', async () => {
  const { rerender, unmount } = render(ChatApp, { options: { ...chatra, load: 'eager' } })
  await until(() => status() == 'ready')
  await rerender({ options: { provider: 'chaport', token: demoTokens.chaport, load: 'eager' } })
  await until(
    () => scripts()[0]?.getAttribute('data-chatmount') == 'chaport' && status() == 'ready',
  )
  expect(scripts()).toHaveLength(1)
  unmount()
  expect(scripts()).toHaveLength(0)
})

it('a click the app prevents does not open the chat', async () => {
  render(ChatApp, { options: chatra, onclick: (event: MouseEvent) => event.preventDefault() })
  await fireEvent.click(screen.getByRole('button'))
  await new Promise((resolve) => setTimeout(resolve, 30))
  expect(scripts()).toHaveLength(0)
  expect(status()).toBe('idle')
})

it('giveWay: the launcher hands over once the vendor’s own button is drawn', async () => {
  render(ChatApp, { options: { ...chatra, load: 'eager' }, giveWay: true })
  const button = screen.getByRole('button', { hidden: true })
  await until(() => button.style.visibility == 'hidden')
  expect(button.getAttribute('aria-hidden')).toBe('true')
  expect(button.getAttribute('tabindex')).toBe('-1')
})

it('invalid options throw a config error naming the option, and add nothing', () => {
  expect(() => render(ChatApp, { options: { ...chatra, token: 'not a token!' } })).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('token') }),
  )
  expect(scripts()).toHaveLength(0)
})

it('getChat() without a chat above it is a config error that says what to do', () => {
  expect(() => render(Orphan)).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('setChat') }),
  )
})

it('routes: a page view per navigation once ready, and hidden on a hideOn route', async () => {
  const { rerender } = render(ChatApp, {
    options: { provider: 'chaport', token: demoTokens.chaport, load: 'eager' },
    url: '/',
  })
  await until(() => status() == 'ready')
  await rerender({ url: '/pricing' })
  await until(() => emulation.vendor('chaport')?.pageViews.length == 1)
  await rerender({ url: '/checkout' })
  await until(() => emulation.vendor('chaport')?.isVisible === false)
  await rerender({ url: '/' })
  await until(() => emulation.vendor('chaport')?.isVisible === true)
})

it('the vendor blocked: the launchers lead to the fallback and say so; a click goes there', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('chatra', 'error')
  const fallback = vi.fn()
  render(ChatApp, { options: { ...chatra, fallback }, plain: true })
  const plain = document.querySelector<HTMLButtonElement>('button.plain')!
  expect(plain.textContent).toBe('Chat with us')
  await fireEvent.click(plain)
  await until(() => status() == 'error')
  expect(plain.textContent).toBe('Contact us')
  expect(plain.hasAttribute('data-fallback')).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  await fireEvent.click(plain)
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
  expect(scripts()).toHaveLength(0)
})

it('unread messages: a badge whose number is part of the button’s name, and data-unread', async () => {
  render(ChatApp, {
    options: { provider: 'raychat', token: demoTokens.raychat, load: 'eager' },
    plain: true,
  })
  await until(() => status() == 'ready')
  emulation.vendor('raychat')!.agentMessage('Hello?')
  const button = document.querySelector<HTMLButtonElement>('button.plain')!
  await until(() => button.getAttribute('data-unread') == '1')
  expect(button.textContent).toBe('Chat with us 1')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('1')
  await fireEvent.click(button)
  await until(() => !button.hasAttribute('data-unread'))
  expect(button.textContent).toBe('Chat with us')
})
