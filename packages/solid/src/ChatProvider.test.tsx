import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library'
import { createSignal } from 'solid-js'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { ChatApp } from './__fixtures__/ChatApp'
import { ChatLauncher } from './ChatLauncher'
import { ChatProvider } from './ChatProvider'
import { Orphan } from './__fixtures__/Orphan'

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
})

it('the launcher loads on pointer, shows the state as it changes, and a click opens the chat', async () => {
  const events: string[] = []
  render(() => <ChatApp options={() => chatra} events={events} />)
  const button = screen.getByRole('button', { name: 'Chat with us' })
  expect(button.getAttribute('data-status')).toBe('idle')
  expect(button.getAttribute('type')).toBe('button')
  expect(button.className).toBe('launcher')
  await new Promise((resolve) => setTimeout(resolve, 20))
  expect(scripts()).toHaveLength(0)

  fireEvent.pointerEnter(button)
  expect(button.getAttribute('aria-busy')).toBe('true')
  expect(button.textContent).toBe('Connecting…')
  await until(() => status() == 'ready')
  expect(events).toEqual(['ready'])
  fireEvent.click(button)
  await until(() => emulation.vendor('chatra')?.isOpen)
  expect(scripts()).toHaveLength(1)
  expect(button.hasAttribute('aria-busy')).toBe(false)
})

it('follows the props: a new provider re-creates the chat, unmounting destroys it', async () => {
  const [options, setOptions] = createSignal<
    Parameters<typeof ChatApp>[0]['options'] extends () => infer O ? O : never
  >({ ...chatra, load: 'eager' })
  const { unmount } = render(() => <ChatApp options={options} />)
  await until(() => status() == 'ready')
  setOptions({ provider: 'chaport', token: demoTokens.chaport, load: 'eager' })
  await until(
    () => scripts()[0]?.getAttribute('data-chatmount') == 'chaport' && status() == 'ready',
  )
  expect(scripts()).toHaveLength(1)
  unmount()
  expect(scripts()).toHaveLength(0)
})

it('a click the app prevents does not open the chat', async () => {
  render(() => <ChatApp options={() => chatra} onClick={(event) => event.preventDefault()} />)
  fireEvent.click(screen.getByRole('button'))
  await new Promise((resolve) => setTimeout(resolve, 30))
  expect(scripts()).toHaveLength(0)
  expect(status()).toBe('idle')
})

it('giveWay: the launcher hands over once the vendor’s own button is drawn', async () => {
  render(() => <ChatApp options={() => ({ ...chatra, load: 'eager' })} giveWay={() => true} />)
  const button = screen.getByRole('button', { hidden: true })
  await until(() => button.style.visibility == 'hidden')
  expect(button.getAttribute('aria-hidden')).toBe('true')
  expect(button.getAttribute('tabindex')).toBe('-1')
})

it('invalid options throw a config error naming the option, and add nothing', () => {
  expect(() =>
    render(() => <ChatApp options={() => ({ ...chatra, token: 'not a token!' })} />),
  ).toThrow(expect.objectContaining({ code: 'config', message: expect.stringContaining('token') }))
  expect(scripts()).toHaveLength(0)
})

it('useChat() without a provider above it is a config error that says what to do', () => {
  expect(() => render(() => <Orphan />)).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('ChatProvider') }),
  )
})

it('routes: a page view per navigation once ready, and hidden on a hideOn route', async () => {
  const [path, setPath] = createSignal('/')
  render(() => (
    <ChatApp
      options={() => ({ provider: 'chaport', token: demoTokens.chaport, load: 'eager' })}
      path={path}
    />
  ))
  await until(() => status() == 'ready')
  setPath('/pricing')
  await until(() => emulation.vendor('chaport')?.pageViews.length == 1)
  setPath('/checkout')
  await until(() => emulation.vendor('chaport')?.isVisible === false)
  setPath('/')
  await until(() => emulation.vendor('chaport')?.isVisible === true)
})

it('focus loads; the app’s own handlers run, as a function or [handler, data]; its style stays when it gives way', async () => {
  const seen: string[] = []
  render(() => (
    <ChatProvider {...chatra} load="eager">
      <ChatLauncher
        giveWay
        style="outline: 2px solid red"
        onFocus={() => seen.push('focus')}
        onBlur={[(data: string) => seen.push(`blur ${data}`), 'with data']}
        onPointerEnter={() => seen.push('enter')}
        onPointerLeave={() => seen.push('leave')}
      />
    </ChatProvider>
  ))
  const button = screen.getByRole('button', { hidden: true })
  fireEvent.focus(button)
  fireEvent.pointerEnter(button)
  fireEvent.pointerLeave(button)
  fireEvent.blur(button)
  expect(seen).toEqual(['focus', 'enter', 'leave', 'blur with data'])
  await until(() => button.style.visibility == 'hidden')
  expect(button.style.outline).toBe('2px solid red')
})

it('the vendor blocked: the launcher leads to the fallback and says so; a click goes there', async () => {
  const consoleError = console.error
  console.error = () => {}
  emulation.fail('chatra', 'error')
  const calls: unknown[] = []
  render(() => (
    <ChatProvider {...chatra} fallback={(error) => calls.push(error)}>
      <ChatLauncher />
      <ChatLauncher>{(state) => (state.fallback ? 'Email us instead' : 'Chat')}</ChatLauncher>
    </ChatProvider>
  ))
  const [plain, own] = screen.getAllByRole('button')
  fireEvent.click(plain!)
  await until(() => own!.textContent == 'Email us instead')
  console.error = consoleError
  expect(plain!.textContent).toBe('Contact us')
  expect(plain!.hasAttribute('data-fallback')).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  fireEvent.click(own!)
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(calls).toEqual([expect.objectContaining({ code: 'load_failed' })])
  expect(scripts()).toHaveLength(0)
})

it('unread messages: a badge whose number is part of the button’s name, and data-unread', async () => {
  render(() => (
    <ChatProvider provider="raychat" token={demoTokens.raychat} load="eager">
      <ChatLauncher>Chat</ChatLauncher>
    </ChatProvider>
  ))
  const button = screen.getByRole('button')
  await until(() => button.getAttribute('data-status') == 'ready')
  emulation.vendor('raychat')!.agentMessage('Hello?')
  await until(() => button.getAttribute('data-unread') == '1')
  expect(button.textContent).toBe('Chat 1')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('1')
  fireEvent.click(button)
  await until(() => !button.hasAttribute('data-unread'))
  expect(button.textContent).toBe('Chat')
})
