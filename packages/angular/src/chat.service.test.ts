import {
  ChangeDetectionStrategy,
  Component,
  createEnvironmentInjector,
  inject,
  NgZone,
  provideZonelessChangeDetection,
  type ApplicationRef,
  type EnvironmentInjector,
} from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import type { ChatMessage } from '@chatmount/core'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChatService, type ChatEvent } from './chat.service'
import { provideChat } from './provideChat'
import { createZoneApp, destroyOwned, own, scripts, tick, until } from './testing/helpers'
import type { CreateChatOptions, ProviderName } from '@chatmount/core'

let emulation: VendorEmulation
let app: ApplicationRef
let injector: EnvironmentInjector

beforeEach(async () => {
  emulation = emulateVendors()
  app = own(await createZoneApp())
})
afterEach(() => {
  destroyOwned()
  emulation.restore()
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

/** A chat in its own environment injector (as a route's providers would make it). */
function chatWith<P extends ProviderName = 'raychat'>(
  options: CreateChatOptions<P>,
): ChatService<P> {
  injector = own(createEnvironmentInjector([provideChat(options)], app.injector))
  return injector.get(ChatService) as ChatService<P>
}

describe('ChatService methods and signals', () => {
  it('keeps calls made before the vendor is ready and reflects the state in signals', async () => {
    const chat = chatWith({ token: demoTokens.raychat, load: 'manual' })
    expect(chat.status()).toBe('idle')
    chat.identify({ name: 'Ada' })
    chat.open()
    await until(() => chat.status() === 'ready')
    const vendor = emulation.vendor('raychat')!
    expect(vendor.isOpen).toBe(true)
    expect(vendor.visitor).toMatchObject({ name: 'Ada' })
    expect(chat.isOpen()).toBe(true)
    expect(chat.state()).toMatchObject({ status: 'ready', open: true, visible: true, error: null })
    expect(chat.provider).toBe('raychat')
    expect(chat.supports('unread')).toBe(true)
    expect(chat.supports('pageView')).toBe(false)

    chat.close()
    expect(chat.isOpen()).toBe(false)
    chat.toggle()
    expect(chat.isOpen()).toBe(true)
    chat.hide()
    expect(chat.visible()).toBe(false)
    chat.show()
    expect(chat.visible()).toBe(true)
    vendor.close()
    vendor.agentMessage('hello')
    await until(() => chat.unread() === 1)
    expect(chat.error()).toBeNull()
  })

  it('load, ready, call, get, reset, pageView and setConsent reach the vendor', async () => {
    const chat = chatWith({ provider: 'chatra', token: demoTokens.chatra, load: 'manual' })
    const ready = chat.ready()
    await chat.load()
    await ready
    const vendor = emulation.vendor('chatra')!
    chat.call('setButtonPosition', 'bl')
    chat.pageView({ url: '/pricing', title: 'Pricing' })
    chat.reset()
    expect(vendor.calls.map((call) => call.method)).toEqual(
      expect.arrayContaining(['setButtonPosition', 'pageView', 'restart']),
    )

    chat.setConsent(false)
    expect(scripts()).toHaveLength(0)
    // Granted again, the strategy decides afresh: `manual` waits to be asked.
    chat.setConsent(true)
    await Promise.resolve()
    expect(chat.status()).toBe('idle')
    await chat.load()
    expect(scripts()).toHaveLength(1)

    const raychat = chatWith({ token: demoTokens.raychat, load: 'eager' })
    await raychat.ready()
    await expect(raychat.get('isWidgetOpen')).resolves.toBe(false)
  })

  it('retry after a failed load, with the error in the error signal', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    emulation.fail('raychat', 'error')
    const chat = chatWith({ token: demoTokens.raychat, load: 'eager' })
    await until(() => chat.status() === 'error')
    expect(chat.error()?.code).toBe('load_failed')
    emulation.fail('raychat', 'load')
    await chat.retry()
    expect(chat.status()).toBe('ready')
    expect(chat.error()).toBeNull()
  })
})

describe('ChatService events', () => {
  it('on(name) emits payloads and completes when the chat is destroyed', async () => {
    const chat = chatWith({ token: demoTokens.raychat, load: 'eager' })
    const messages: string[] = []
    let completed = false
    chat.on('message').subscribe({
      next: (message) => messages.push(message.text),
      complete: () => (completed = true),
    })
    await until(() => chat.status() === 'ready')
    emulation.vendor('raychat')!.agentMessage('one')
    emulation.vendor('raychat')!.agentMessage('two')
    expect(messages).toEqual(['one', 'two'])
    expect(completed).toBe(false)
    injector.destroy()
    expect(completed).toBe(true)
    // Subscribing after the end completes at once.
    let late = false
    chat.on('ready').subscribe({ complete: () => (late = true) })
    expect(late).toBe(true)
  })

  it('unsubscribing stops the handler', async () => {
    const chat = chatWith({ token: demoTokens.raychat, load: 'eager' })
    const messages: string[] = []
    await chat.ready()
    const subscription = chat.on('message').subscribe((message) => messages.push(message.text))
    emulation.vendor('raychat')!.agentMessage('heard')
    subscription.unsubscribe()
    emulation.vendor('raychat')!.agentMessage('unheard')
    expect(messages).toEqual(['heard'])
  })

  it('events$ carries every unified event with its name, and completes on destroy', async () => {
    const chat = chatWith({ token: demoTokens.raychat, load: 'eager' })
    const events: ChatEvent[] = []
    let completed = false
    chat.events$.subscribe({
      next: (event) => events.push(event),
      complete: () => (completed = true),
    })
    await chat.ready()
    chat.open()
    emulation.vendor('raychat')!.agentMessage('hi')
    const names = events.map((event) => event.name)
    expect(names).toEqual(expect.arrayContaining(['state', 'ready', 'open', 'message']))
    const message = events.find((event) => event.name === 'message')!
    expect((message.payload as ChatMessage).text).toBe('hi')
    injector.destroy()
    expect(completed).toBe(true)
  })
})

describe('zones', () => {
  it('vendor callbacks arriving outside the zone are delivered inside it', async () => {
    const zone = app.injector.get(NgZone)
    const chat = zone.run(() => chatWith({ token: demoTokens.raychat, load: 'eager' }))
    await chat.ready()
    const inZone: boolean[] = []
    chat.on('message').subscribe(() => inZone.push(NgZone.isInAngularZone()))
    zone.runOutsideAngular(() => emulation.vendor('raychat')!.agentMessage('hi'))
    expect(NgZone.isInAngularZone()).toBe(false)
    expect(inZone).toEqual([true])
  })

  it('a template updates from a vendor event with no detectChanges (zone.js, a plain field)', async () => {
    @Component({
      selector: 'app-root',
      // Checked on every pass, as every component was before Angular 22 made OnPush the default
      // (22 calls it Eager; Default, its older name, is the one both 21 and 22 have).
      changeDetection: ChangeDetectionStrategy.Default,
      template: '<p>{{ last }}</p><p>{{ chat.status() }}</p>',
    })
    class App {
      readonly chat = inject(ChatService)
      last = 'none'
      constructor() {
        this.chat.on('message').subscribe((message) => (this.last = message.text))
      }
    }
    document.body.append(document.createElement('app-root'))
    const zoneApp = own(
      await createZoneApp([provideChat({ token: demoTokens.raychat, load: 'eager' })]),
    )
    zoneApp.bootstrap(App)
    await until(() => document.querySelector('app-root')?.textContent?.includes('ready'))
    // Open, so the message changes no state (no unread count): only the plain field changes.
    emulation.vendor('raychat')!.open()
    await until(() => zoneApp.injector.get(ChatService).isOpen())
    await tick()
    emulation.vendor('raychat')!.agentMessage('from the agent')
    await until(() => document.querySelector('app-root')?.textContent?.includes('from the agent'))
    zoneApp.destroy()
  })

  it('zoneless: signals update an OnPush template with no detectChanges', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}) // NG0914: Zone.js is loaded for the other tests
    @Component({
      selector: 'app-root',
      changeDetection: ChangeDetectionStrategy.OnPush,
      template: '<p>{{ chat.status() }}/{{ chat.isOpen() }}/{{ chat.unread() }}</p>',
    })
    class App {
      readonly chat = inject(ChatService)
    }
    document.body.append(document.createElement('app-root'))
    const zoneless = own(
      await bootstrapApplication(App, {
        providers: [
          provideZonelessChangeDetection(),
          provideChat({ token: demoTokens.raychat, load: 'eager' }),
        ],
      }),
    )
    await until(() => document.querySelector('app-root')?.textContent === 'ready/false/0')
    emulation.vendor('raychat')!.agentMessage('hi')
    await until(() => document.querySelector('app-root')?.textContent === 'ready/false/1')
    emulation.vendor('raychat')!.open()
    await until(() => document.querySelector('app-root')?.textContent === 'ready/true/0')
    zoneless.destroy()
    expect(scripts()).toHaveLength(0)
  })

  it("the vendor's timers do not keep a zone app from becoming stable", async () => {
    emulation.fail('raychat', 'hang')
    const zone = app.injector.get(NgZone)
    const chat = chatWith({ token: demoTokens.raychat, load: 'manual' })
    // The app starts loading from inside the zone; the script's 15 s timeout must not count as app work.
    zone.run(() => chat.load().catch(() => {}))
    await tick()
    expect(chat.status()).toBe('loading')
    let stable = false
    void app.whenStable().then(() => (stable = true))
    await until(() => stable)
  })
})
