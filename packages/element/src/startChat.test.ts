// The page's chat as an app that bundles its own code starts it (the script tag's runtime does the
// same with the tag's options): window.chatmount, the calls pushed before, <chatmount-launcher>.
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { startChat, type ChatCall, type PageChat } from './index'

let emulation: VendorEmulation
let chat: PageChat<'chatra'> | undefined
const scripts = () => document.querySelectorAll('script[data-chatmount]')
const until = async (condition: () => unknown) => {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}
const start = (options: Record<string, unknown> = {}) =>
  (chat = startChat({ provider: 'chatra', token: demoTokens.chatra, load: 'manual', ...options }))

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
})
afterEach(() => {
  chat?.destroy()
  chat = undefined
  delete window.chatmount
  document.body.replaceChildren()
  emulation.restore()
  vi.restoreAllMocks()
})

// First: before any chat of this file has driven the launchers.
it('<chatmount-launcher>: a real button labelled by its content; before the chat, intent is queued', async () => {
  document.body.innerHTML =
    '<chatmount-launcher>Talk to us</chatmount-launcher><chatmount-launcher aria-label="Chat"></chatmount-launcher><chatmount-launcher label="Ask us"></chatmount-launcher>'
  window.chatmount = []
  const { defineLauncherElement } = await import('./launcherElement')
  defineLauncherElement()
  const [first, second, third] = [...document.querySelectorAll('chatmount-launcher button')]
  expect(first!.textContent).toBe('Talk to us')
  expect(second!.textContent).toBe('Chat with us')
  expect(second!.getAttribute('aria-label')).toBe('Chat')
  expect(third!.textContent).toBe('Ask us')
  expect(first!.getAttribute('type')).toBe('button')
  expect(first!.getAttribute('data-status')).toBe('idle')
  first!.dispatchEvent(new Event('pointerenter'))
  ;(first as HTMLButtonElement).click()
  expect(window.chatmount).toEqual([['load'], ['open']])
  expect(scripts()).toHaveLength(0)

  start()
  // The queued open: loading, then open; the launchers follow the chat.
  expect(first!.getAttribute('data-status')).toBe('loading')
  expect(first!.getAttribute('aria-busy')).toBe('true')
  await until(() => chat!.getState().open)
  expect(second!.getAttribute('data-status')).toBe('ready')
  expect(first!.hasAttribute('aria-busy')).toBe(false)
  expect(scripts()).toHaveLength(1)
})

it('runs the calls pushed before it existed in order, and later pushes at once', async () => {
  const seen: string[] = []
  window.chatmount = [['on', 'ready', () => seen.push('ready')], ['open'], ['close']] as ChatCall[]
  start()
  expect(window.chatmount).toBe(chat)
  await until(() => seen.length)
  await new Promise((resolve) => setTimeout(resolve, 50))
  // Opened, then closed: in the order they were pushed.
  expect(chat!.getState()).toMatchObject({ status: 'ready', open: false })
  expect(seen).toEqual(['ready'])
  window.chatmount.push(['open'])
  await until(() => chat!.getState().open)
  expect(scripts()).toHaveLength(1)
})

it('a function pushed gets the chat once it exists', async () => {
  const statuses: string[] = []
  window.chatmount = [
    (page) => {
      statuses.push(page.getState().status)
      page.subscribe(() => statuses.push(page.getState().status))
    },
    ['load'],
  ]
  start()
  await until(() => statuses.includes('ready'))
  expect(statuses[0]).toBe('idle')
  expect(statuses).toContain('loading')
})

it('reports a call the chat does not have, or that throws, as chatmount:error, and goes on', async () => {
  const errors: unknown[] = []
  const listener = (event: Event) => {
    event.preventDefault()
    errors.push((event as CustomEvent).detail)
  }
  document.addEventListener('chatmount:error', listener)
  const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {})
  window.chatmount = [['opne'], ['identify', { email: 42 }], ['open']] as ChatCall[]
  start()
  document.removeEventListener('chatmount:error', listener)
  expect(errors).toEqual([
    expect.objectContaining({ code: 'config', message: expect.stringContaining('"opne"') }),
    expect.objectContaining({ code: 'config', message: expect.stringContaining('visitor.email') }),
  ])
  expect(console).not.toHaveBeenCalled()
  await until(() => chat!.getState().open)
})

it('puts the chat’s errors on the console when no listener prevents it', async () => {
  const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {})
  emulation.fail('all', 'error')
  start().push(['load'])
  await until(() => console.mock.calls.length > 0)
  expect(console.mock.calls[0]![0]).toMatchObject({ code: 'load_failed' })
  expect(chat!.getState().status).toBe('error')
})

it('throws the config error of bad options, and adds nothing to the page', () => {
  expect(() => start({ token: 'not a token!' })).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('token') }),
  )
  expect(window.chatmount).toBeUndefined()
  expect(scripts()).toHaveLength(0)
})

it('a second chat on the page is a config error; the first stays', () => {
  const first = start()
  expect(() => startChat({ provider: 'chatra', token: demoTokens.chatra })).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('taken') }),
  )
  expect(window.chatmount).toBe(first)
})

it('window.chatmount taken by something else is a config error, not a TypeError', () => {
  ;(window as { chatmount?: unknown }).chatmount = { version: 1 }
  expect(() => start()).toThrow(expect.objectContaining({ code: 'config' }))
})

it('launchers follow a chat another copy of the package started (a second tag replacing the chat)', async () => {
  const element = document.createElement('chatmount-launcher')
  document.body.append(element)
  start().destroy()
  // A fresh copy of everything, as a second tag's bundle is.
  vi.resetModules()
  const other = await import('./index')
  chat = other.startChat({
    provider: 'chaport',
    token: demoTokens.chaport,
    load: 'manual',
  }) as never
  element.querySelector('button')!.click()
  await until(() => chat!.getState().open)
  expect(scripts()[0]!.getAttribute('data-chatmount')).toBe('chaport')
})

it('a destroyed chat can be replaced; the launchers follow the new one', async () => {
  const element = document.createElement('chatmount-launcher')
  document.body.append(element)
  const button = element.querySelector('button')!
  start().destroy()
  expect(button.getAttribute('data-status')).toBe('destroyed')
  start({ provider: 'chaport', token: demoTokens.chaport })
  expect(button.getAttribute('data-status')).not.toBe('destroyed')
  button.click()
  await until(() => chat!.getState().open)
  expect(scripts()).toHaveLength(1)
  expect(scripts()[0]!.getAttribute('data-chatmount')).toBe('chaport')
})

it('<chatmount-launcher> after the chat: hover loads, click opens, give-way hands over', async () => {
  start()
  const element = document.createElement('chatmount-launcher')
  element.setAttribute('give-way', '')
  document.body.append(element)
  const button = element.querySelector('button')!
  button.dispatchEvent(new Event('pointerenter'))
  await until(() => chat!.getState().status == 'ready')
  button.click()
  await until(() => chat!.getState().open)
  // Pointed at: it stays; once the pointer leaves and the vendor's button is drawn, it gives way.
  expect(button.style.visibility).toBe('')
  button.dispatchEvent(new Event('pointerleave'))
  await until(() => button.style.visibility == 'hidden')
  expect(button.getAttribute('aria-hidden')).toBe('true')
  expect(button.getAttribute('tabindex')).toBe('-1')
  element.removeAttribute('give-way')
  expect(button.style.visibility).toBe('')
  expect(button.hasAttribute('tabindex')).toBe(false)
  // Removed from the page, it stops following the chat.
  element.remove()
  chat!.close()
  chat!.destroy()
  expect(button.getAttribute('data-status')).toBe('ready')
})

it('the vendor blocked: launchers say where they lead now, and a click goes to the fallback', async () => {
  vi.spyOn(globalThis.console, 'error').mockImplementation(() => {})
  document.body.innerHTML =
    '<chatmount-launcher></chatmount-launcher><chatmount-launcher fallback-label="Email us">Chat now</chatmount-launcher><chatmount-launcher>Chat now</chatmount-launcher>'
  const buttons = [...document.querySelectorAll('chatmount-launcher button')]
  emulation.fail('all', 'error')
  const fallback = vi.fn()
  start({ fallback }).push(['load'])
  await until(() => chat!.getState().fallback)
  expect(buttons.map((button) => button.textContent)).toEqual([
    'Contact us',
    'Email us',
    'Chat now',
  ])
  expect(buttons.every((button) => button.hasAttribute('data-fallback'))).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  ;(buttons[1] as HTMLButtonElement).click()
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(fallback).toHaveBeenCalledWith(
    expect.objectContaining({ code: 'load_failed', reason: 'blocked' }),
  )
  // Back to loading (a retry): the words it had.
  emulation.fail('all', 'load')
  chat!.retry().catch(() => {})
  await until(() => !chat!.getState().fallback)
  expect(buttons.map((button) => button.textContent)).toEqual([
    'Chat with us',
    'Chat now',
    'Chat now',
  ])
})

it('unread messages: a badge in the button, its number part of the name, and data-unread', async () => {
  document.body.innerHTML = '<chatmount-launcher>Chat</chatmount-launcher>'
  const button = document.querySelector('chatmount-launcher button')!
  const chaport = startChat({ provider: 'chaport', token: demoTokens.chaport, load: 'manual' })
  chat = chaport as unknown as PageChat<'chatra'>
  await chaport.load()
  emulation.vendor('chaport')!.agentMessage('Still there?')
  await until(() => button.hasAttribute('data-unread'))
  expect(button.textContent).toBe('Chat 1')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('1')
  expect(button.getAttribute('data-unread')).toBe('1')
  emulation.vendor('chaport')!.open()
  await until(() => !button.hasAttribute('data-unread'))
  expect(button.textContent).toBe('Chat')
})

it('chatmount’s own runtime not fetched: the launchers show the error and lead to the tag’s fallback', async () => {
  document.body.innerHTML = '<chatmount-launcher></chatmount-launcher>'
  const { driveLaunchers } = await import('./launcherElement')
  const { runtimeFailed } = await import('./tag/runtimeFailed')
  driveLaunchers(runtimeFailed(new Error('blocked'), 'mailto:help@example.com'))
  const button = document.querySelector('chatmount-launcher button')!
  expect(button.getAttribute('data-status')).toBe('error')
  expect(button.hasAttribute('data-fallback')).toBe(true)
  expect(button.textContent).toBe('Contact us')
  // Without the visitor's gesture nothing happens (jsdom cannot navigate; followFallback's own
  // tests and Chromium's show where it goes).
  expect(() => (button as HTMLButtonElement).click()).not.toThrow()
  driveLaunchers(runtimeFailed(new Error('blocked'), undefined))
  expect(button.hasAttribute('data-fallback')).toBe(false)
  expect(button.textContent).toBe('Chat with us')
})
