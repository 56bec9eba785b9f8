import { GIVE_WAY_DELAY } from '@chatmount/core'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { ChatLauncher } from './ChatLauncher'
import { ChatWidget } from './ChatWidget'

let emulation: VendorEmulation
const scripts = () => document.querySelectorAll('script[data-chatmount]')
const until = async (condition: () => unknown) => {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}
const wrappers: Array<{ unmount(): void }> = []

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
})
afterEach(() => {
  wrappers.splice(0).forEach((wrapper) => wrapper.unmount())
  emulation.restore()
  vi.restoreAllMocks()
})

function mountLauncher(
  slot?: (props: { state: { status: string } }) => unknown,
  onClick?: (event: MouseEvent) => void,
  giveWay?: boolean,
) {
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(ChatWidget, { token: demoTokens.raychat, load: 'manual' }, () =>
          h(
            ChatLauncher,
            { class: 'my-launcher', onClick, giveWay },
            slot ? { default: slot } : undefined,
          ),
        ),
    }),
    { attachTo: document.body },
  )
  wrappers.push(wrapper)
  return wrapper.find('button')
}

it('is a real button that costs no vendor bytes until hover, with aria-busy while loading', async () => {
  const button = mountLauncher()
  expect(button.text()).toBe('Chat with us')
  expect(button.attributes('type')).toBe('button')
  expect(button.classes()).toContain('my-launcher')
  await new Promise((resolve) => setTimeout(resolve, 10))
  expect(scripts()).toHaveLength(0)
  await button.trigger('pointerenter')
  expect(button.attributes('aria-busy')).toBe('true')
  // The provider's own chunk first, then the vendor's script.
  await until(() => scripts().length === 1)
  await until(() => button.attributes('data-status') === 'ready')
  expect(button.attributes('aria-busy')).toBeUndefined()
  // Inline by default: it stays a working button once the vendor is ready.
  await new Promise((resolve) => setTimeout(resolve, GIVE_WAY_DELAY + 50))
  expect((button.element as HTMLElement).style.visibility).toBe('')
  await button.trigger('click')
  await until(() => emulation.vendor('raychat')?.isOpen)
})

it('give-way: gives way once ready, but never while pointed at or focused, keeping its box', async () => {
  const button = mountLauncher(undefined, undefined, true)
  const element = button.element as HTMLButtonElement
  await button.trigger('pointerenter')
  element.focus()
  await until(() => button.attributes('data-status') === 'ready')
  await new Promise((resolve) => setTimeout(resolve, GIVE_WAY_DELAY + 50))
  await button.trigger('pointerleave')
  expect(element.style.visibility).toBe('')
  expect(document.activeElement).toBe(element)
  await button.trigger('click')
  await until(() => emulation.vendor('raychat')?.isOpen)
  element.blur()
  await until(() => element.style.visibility === 'hidden')
  expect(button.attributes('aria-hidden')).toBe('true')
  expect(button.attributes('tabindex')).toBe('-1')
})

it('focus starts loading; a click opens the chat', async () => {
  const button = mountLauncher()
  await button.trigger('focus')
  await until(() => scripts().length === 1)
  await button.trigger('click')
  await until(() => emulation.vendor('raychat')?.isOpen)
})

it('shows the error state through its slot, and a click retries then opens', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  const button = mountLauncher(({ state }) =>
    state.status == 'error' ? 'Chat unavailable, retry' : 'Chat',
  )
  await button.trigger('click')
  await until(() => button.text() === 'Chat unavailable, retry')
  expect(button.attributes('data-status')).toBe('error')
  emulation.fail('raychat', 'load')
  await button.trigger('click')
  await until(() => emulation.vendor('raychat')?.isOpen)
  expect(emulation.scripts).toHaveLength(2)
})

it('the app may handle the click itself', async () => {
  const button = mountLauncher(undefined, (event) => event.preventDefault())
  await button.trigger('click')
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(scripts()).toHaveLength(0)
})

it('the vendor blocked: it leads to the fallback, says so, and a click goes there', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  const fallback = vi.fn()
  const wrapper = mount(
    defineComponent({
      setup: () => () =>
        h(ChatWidget, { token: demoTokens.raychat, load: 'manual', fallback }, () => [
          h(ChatLauncher),
          h(ChatLauncher, null, {
            default: ({ state }: { state: { fallback: boolean } }) =>
              state.fallback ? 'Email us instead' : 'Chat',
          }),
        ]),
    }),
    { attachTo: document.body },
  )
  wrappers.push(wrapper)
  const [plain, own] = wrapper.findAll('button').map((button) => button.element)
  plain!.click()
  await until(() => own!.textContent == 'Email us instead')
  expect(plain!.textContent).toBe('Contact us')
  expect(plain!.hasAttribute('data-fallback')).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  own!.click()
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
  expect(emulation.scripts).toHaveLength(1)
})

it('unread messages: a badge whose number is part of the button’s name, and data-unread', async () => {
  const button = mountLauncher(() => 'Chat').element
  button.dispatchEvent(new Event('pointerenter'))
  await until(() => button.dataset.status == 'ready')
  emulation.vendor('raychat')!.agentMessage('Hello?')
  await until(() => button.dataset.unread == '1')
  expect(button.textContent).toBe('Chat 1')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('1')
  button.click()
  await until(() => !button.hasAttribute('data-unread'))
  expect(button.textContent).toBe('Chat')
})
