import { Component, inject, signal, type Type } from '@angular/core'
import { TestBed, type ComponentFixture } from '@angular/core/testing'
import { GIVE_WAY_DELAY } from '@chatmount/core'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { ChatLauncher } from './chat-launcher.component'
import { ChatService } from './chat.service'
import { provideChat } from './provideChat'
import { scripts, tick, until } from './testing/helpers'

let emulation: VendorEmulation

@Component({
  imports: [ChatLauncher],
  template: `<chat-launcher class="my-launcher" [giveWay]="giveWay()" />`,
})
class Host {
  readonly giveWay = signal(false)
}

@Component({
  imports: [ChatLauncher],
  template: `<chat-launcher>{{
    chat.status() == 'error' ? 'Chat unavailable, retry' : 'Chat'
  }}</chat-launcher>`,
})
class LabelledHost {
  readonly chat = inject(ChatService)
}

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
  TestBed.configureTestingModule({
    providers: [provideChat({ token: demoTokens.raychat, load: 'manual' })],
  })
})
afterEach(() => {
  // Destroys the test injector, and with it the chat.
  TestBed.resetTestingModule()
  emulation.restore()
  vi.restoreAllMocks()
})

function render<T = Host>(
  setup?: (host: T) => void,
  type: Type<T> = Host as Type<T>,
): { fixture: ComponentFixture<T>; button: HTMLButtonElement } {
  const fixture = TestBed.createComponent(type)
  setup?.(fixture.componentInstance)
  fixture.autoDetectChanges()
  return { fixture, button: fixture.nativeElement.querySelector('button') }
}

it('is a real button that costs no vendor bytes until hover, with aria-busy while loading', async () => {
  const { fixture, button } = render()
  expect(fixture.nativeElement.querySelector('chat-launcher').className).toBe('my-launcher')
  expect(button.textContent!.trim()).toBe('Chat with us')
  expect(button.getAttribute('type')).toBe('button')
  expect(button.hasAttribute('data-chat-launcher')).toBe(true)
  expect(button.dataset.status).toBe('idle')
  await tick()
  expect(scripts()).toHaveLength(0)
  button.dispatchEvent(new Event('pointerenter'))
  await fixture.whenStable()
  expect(button.dataset.status).toBe('loading')
  expect(button.getAttribute('aria-busy')).toBe('true')
  // The provider's own chunk first, then the vendor's script.
  await until(() => scripts().length === 1)
  await until(() => button.dataset.status === 'ready')
  expect(button.hasAttribute('aria-busy')).toBe(false)
})

it('focus starts loading; a click opens the chat', async () => {
  const { button } = render()
  button.dispatchEvent(new Event('focus'))
  await until(() => scripts().length === 1)
  button.click()
  await until(() => emulation.vendor('raychat')?.isOpen)
})

it('a click alone loads and opens', async () => {
  const { button } = render()
  button.click()
  await until(() => emulation.vendor('raychat')?.isOpen)
  expect(scripts()).toHaveLength(1)
})

it('shows the error state through projected content, and a click retries then opens', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  const { fixture, button } = render(undefined, LabelledHost)
  expect(button.textContent!.trim()).toBe('Chat')
  button.click()
  await until(() => button.textContent!.trim() === 'Chat unavailable, retry')
  expect(button.dataset.status).toBe('error')
  expect(button.hasAttribute('aria-busy')).toBe(false)
  emulation.fail('raychat', 'load')
  button.click()
  await until(() => emulation.vendor('raychat')?.isOpen)
  expect(emulation.scripts).toHaveLength(2)
  await fixture.whenStable()
  expect(button.dataset.status).toBe('ready')
})

it('inline by default: once the vendor is ready it stays a working, focusable button', async () => {
  const { button } = render()
  button.focus()
  await until(() => button.dataset.status === 'ready')
  await tick(GIVE_WAY_DELAY + 50)
  expect(button.style.visibility).toBe('')
  expect(button.hasAttribute('aria-hidden')).toBe(false)
  expect(document.activeElement).toBe(button)
  button.click()
  await until(() => emulation.vendor('raychat')?.isOpen)
})

it('[giveWay]="true": gives way once ready, but never while pointed at or focused, keeping its box', async () => {
  const { fixture, button } = render<Host>((host) => host.giveWay.set(true))
  button.dispatchEvent(new Event('pointerenter'))
  button.focus()
  await until(() => button.dataset.status === 'ready')
  await tick(GIVE_WAY_DELAY + 50)
  button.dispatchEvent(new Event('pointerleave'))
  await fixture.whenStable()
  expect(button.style.visibility).toBe('')
  expect(document.activeElement).toBe(button)
  button.click()
  await until(() => emulation.vendor('raychat')?.isOpen)
  button.blur()
  await until(() => button.style.visibility === 'hidden')
  expect(button.style.display).toBe('')
  expect(button.getAttribute('aria-hidden')).toBe('true')
  expect(button.getAttribute('tabindex')).toBe('-1')
})

it('the vendor blocked: it leads to the fallback, says so, and a click goes there', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
  emulation.fail('raychat', 'error')
  const fallback = vi.fn()
  TestBed.resetTestingModule()
  TestBed.configureTestingModule({
    providers: [provideChat({ token: demoTokens.raychat, load: 'manual', fallback })],
  })
  const { button } = render()
  button.click()
  await until(() => button.textContent!.trim() === 'Contact us')
  expect(button.hasAttribute('data-fallback')).toBe(true)
  Object.defineProperty(navigator, 'userActivation', {
    value: { isActive: true },
    configurable: true,
  })
  button.click()
  delete (navigator as { userActivation?: unknown }).userActivation
  expect(fallback).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' }))
  expect(emulation.scripts).toHaveLength(1)
})

it('unread messages: a badge whose number is part of the button’s name, and data-unread', async () => {
  const { button } = render()
  button.dispatchEvent(new Event('pointerenter'))
  await until(() => button.dataset.status === 'ready')
  emulation.vendor('raychat')!.agentMessage('Hello?')
  await until(() => button.dataset.unread === '1')
  expect(button.textContent!.replace(/\s+/g, ' ').trim()).toBe('Chat with us 1')
  expect(button.querySelector('[data-chat-badge]')!.textContent).toBe('1')
  button.click()
  await until(() => !button.hasAttribute('data-unread'))
  expect(button.querySelector('[data-chat-badge]')).toBeNull()
})
