import { emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { GIVE_WAY_DELAY } from '@chatmount/core'
import { lazy, Suspense } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { ChatLauncher } from './ChatLauncher'
import { ChatProvider } from './ChatProvider'

const token = '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04'
let emulation: VendorEmulation
const scripts = () => document.querySelectorAll('script[data-chatmount]')
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)))

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
})
afterEach(() => {
  cleanup()
  emulation.restore()
  vi.restoreAllMocks()
})

function renderLauncher(children?: Parameters<typeof ChatLauncher>[0]['children']) {
  return render(
    <ChatProvider token={token} load="manual">
      <ChatLauncher className="my-launcher">{children}</ChatLauncher>
    </ChatProvider>,
  )
}

it('is a real button with an accessible name that costs no vendor bytes until intent', async () => {
  renderLauncher()
  await settle()
  const button = screen.getByRole('button', { name: 'Chat with us' })
  expect(button.className).toBe('my-launcher')
  expect(button.getAttribute('type')).toBe('button')
  expect(scripts()).toHaveLength(0)
  fireEvent.pointerEnter(button)
  expect(button.getAttribute('aria-busy')).toBe('true')
  expect(button.dataset.status).toBe('loading')
  // The provider's own chunk first, then the vendor's script.
  await waitFor(() => expect(scripts()).toHaveLength(1))
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  expect(button.hasAttribute('aria-busy')).toBe(false)
})

it('focus also starts loading; a click opens the chat, loading first', async () => {
  renderLauncher()
  await settle()
  const button = screen.getByRole('button')
  act(() => button.focus())
  await waitFor(() => expect(scripts()).toHaveLength(1))
  cleanup()
  emulation.restore()
  emulation = emulateVendors()
  renderLauncher()
  await settle()
  fireEvent.click(screen.getByRole('button'))
  await waitFor(() => expect(emulation.vendor('raychat')?.isOpen).toBe(true))
})

it('inline by default: once the vendor is ready it stays a working, focusable button', async () => {
  renderLauncher()
  await settle()
  const button = screen.getByRole('button')
  act(() => button.focus())
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  await act(() => new Promise((resolve) => setTimeout(resolve, GIVE_WAY_DELAY + 50)))
  expect(button.style.visibility).toBe('')
  expect(button.hasAttribute('aria-hidden')).toBe(false)
  expect(document.activeElement).toBe(button)
  fireEvent.click(button)
  await waitFor(() => expect(emulation.vendor('raychat')?.isOpen).toBe(true))
})

it('giveWay: gives way once ready, but never while pointed at or focused, keeping its box', async () => {
  render(
    <ChatProvider token={token} load="manual">
      <ChatLauncher giveWay>Chat</ChatLauncher>
    </ChatProvider>,
  )
  await settle()
  const button = screen.getByRole('button')
  fireEvent.pointerEnter(button)
  act(() => button.focus())
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  await act(() => new Promise((resolve) => setTimeout(resolve, GIVE_WAY_DELAY + 50)))
  fireEvent.pointerLeave(button)
  // Still focused: it stays, and Enter (a click) opens the chat.
  expect(button.style.visibility).toBe('')
  expect(document.activeElement).toBe(button)
  fireEvent.click(button)
  await waitFor(() => expect(emulation.vendor('raychat')?.isOpen).toBe(true))
  act(() => button.blur())
  expect(button.style.visibility).toBe('hidden')
  expect(button.style.display).toBe('')
  expect(button.getAttribute('aria-hidden')).toBe('true')
  expect(button.tabIndex).toBe(-1)
})

it('shows the error state, and a click retries then opens', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  renderLauncher((state) => (state.status == 'error' ? 'Chat unavailable, try again' : 'Chat'))
  await settle()
  fireEvent.click(screen.getByRole('button'))
  const button = await screen.findByRole('button', { name: 'Chat unavailable, try again' })
  expect(button.dataset.status).toBe('error')
  emulation.fail('raychat', 'load')
  fireEvent.click(button)
  await waitFor(() => expect(emulation.vendor('raychat')?.isOpen).toBe(true))
  expect(emulation.scripts).toHaveLength(2)
})

it('the vendor blocked: it leads to the fallback, says so, and a click goes there', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  const fallback = vi.fn()
  render(
    <ChatProvider token={token} load="manual" fallback={fallback}>
      <ChatLauncher />
      <ChatLauncher>{(state) => (state.fallback ? 'Email us instead' : 'Chat')}</ChatLauncher>
    </ChatProvider>,
  )
  await settle()
  fireEvent.click(screen.getByRole('button', { name: 'Chat with us' }))
  const own = await screen.findByRole('button', { name: 'Email us instead' })
  const plain = screen.getByRole('button', { name: 'Contact us' })
  expect(plain.hasAttribute('data-fallback')).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  fireEvent.click(own)
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(fallback).toHaveBeenCalledWith(
    expect.objectContaining({ code: 'load_failed', reason: 'blocked' }),
  )
  // Nothing asked of the vendor again: the visitor went to the fallback.
  expect(emulation.scripts).toHaveLength(1)
})

it('unread messages: a badge whose number is part of the button’s name, and data-unread', async () => {
  renderLauncher('Chat')
  await settle()
  const button = screen.getByRole('button', { name: 'Chat' })
  fireEvent.pointerEnter(button)
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  act(() => emulation.vendor('raychat')!.agentMessage('Hello?'))
  act(() => emulation.vendor('raychat')!.agentMessage('Still there?'))
  await screen.findByRole('button', { name: 'Chat 2' })
  expect(button.dataset.unread).toBe('2')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('2')
  fireEvent.click(button)
  await screen.findByRole('button', { name: 'Chat' })
  expect(button.hasAttribute('data-unread')).toBe(false)
})

it('the app may handle the click itself', async () => {
  render(
    <ChatProvider token={token} load="manual">
      <ChatLauncher onClick={(event) => event.preventDefault()}>Later</ChatLauncher>
    </ChatProvider>,
  )
  await settle()
  fireEvent.click(screen.getByRole('button'))
  await settle()
  expect(scripts()).toHaveLength(0)
})

it('hydrated after the chat moved on (a later Suspense boundary, as a Next.js page is): the button says what the chat says', async () => {
  // The server rendered the launcher before any chat; in the browser its part of the page
  // hydrates only after the provider's chat already waits for the visitor.
  let arrive = () => {}
  const arrived = new Promise<void>((resolve) => (arrive = resolve))
  const Later = lazy(async () => {
    await arrived
    return { default: ChatLauncher }
  })
  const app = (later: boolean) => (
    <ChatProvider token={token} load="interaction">
      <Suspense fallback={null}>
        {later ? <Later>Chat with us</Later> : <ChatLauncher>Chat with us</ChatLauncher>}
      </Suspense>
    </ChatProvider>
  )
  const container = document.createElement('div')
  container.innerHTML = renderToString(app(false))
  document.body.append(container)
  const button = container.querySelector('button')!
  expect(button.dataset.status).toBe('idle')
  const root = await act(async () => hydrateRoot(container, app(true)))
  await settle()
  arrive()
  await settle()
  // The same element, hydrated, now following the chat.
  expect(container.querySelector('button')).toBe(button)
  expect(button.dataset.status).toBe('waiting')
  act(() => root.unmount())
  container.remove()
})
