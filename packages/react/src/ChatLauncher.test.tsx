import { emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
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
  expect(scripts()).toHaveLength(1)
  expect(button.getAttribute('aria-busy')).toBe('true')
  expect(button.dataset.status).toBe('loading')
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  expect(button.hasAttribute('aria-busy')).toBe(false)
})

it('focus also starts loading; a click opens the chat, loading first', async () => {
  renderLauncher()
  await settle()
  const button = screen.getByRole('button')
  act(() => button.focus())
  expect(scripts()).toHaveLength(1)
  cleanup()
  emulation.restore()
  emulation = emulateVendors()
  renderLauncher()
  await settle()
  fireEvent.click(screen.getByRole('button'))
  await waitFor(() => expect(emulation.vendor('raychat')?.isOpen).toBe(true))
})

it('gives way to the vendor launcher once ready, keeping its box so nothing moves', async () => {
  renderLauncher()
  await settle()
  fireEvent.click(screen.getByRole('button'))
  const button = document.querySelector<HTMLButtonElement>('[data-chat-launcher]')!
  await waitFor(() => expect(button.dataset.status).toBe('ready'))
  expect(button.style.visibility).toBe('hidden')
  expect(button.style.display).toBe('')
  expect(button.getAttribute('aria-hidden')).toBe('true')
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
