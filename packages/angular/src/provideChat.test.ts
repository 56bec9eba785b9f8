import {
  Component,
  createEnvironmentInjector,
  createNgModule,
  inject,
  InjectionToken,
  NgModule,
  provideZoneChangeDetection,
  signal,
  type ApplicationRef,
} from '@angular/core'
import { TestBed } from '@angular/core/testing'
import { BrowserModule, platformBrowser } from '@angular/platform-browser'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChatModule } from './chat.module'
import { ChatService } from './chat.service'
import { provideChat } from './provideChat'
import { createZoneApp, destroyOwned, own, scripts, tick, until } from './testing/helpers'

let emulation: VendorEmulation
let app: ApplicationRef

beforeEach(async () => {
  emulation = emulateVendors()
  app = own(await createZoneApp())
})
afterEach(() => {
  destroyOwned()
  TestBed.resetTestingModule()
  emulation.restore()
  document.body.replaceChildren()
})

describe('provideChat', () => {
  it('creates the chat with its injector (nothing needs to inject it) and destroys it with the injector', async () => {
    const injector = own(
      createEnvironmentInjector(
        [provideChat({ token: demoTokens.raychat, load: 'eager' })],
        app.injector,
      ),
    )
    await until(() => emulation.vendor('raychat')?.ready)
    expect(scripts()).toHaveLength(1)
    const chat = injector.get(ChatService)
    expect(chat.status()).toBe('ready')
    expect(chat.provider).toBe('raychat')
    injector.destroy()
    expect(scripts()).toHaveLength(0)
    expect((window as any).Raychat).toBeUndefined()
    expect(chat.status()).toBe('idle')
  })

  it('in bootstrap providers: one chat for the app, destroyed with it', async () => {
    const appWithChat = own(
      await createZoneApp([
        provideChat({ provider: 'chatra', token: demoTokens.chatra, load: 'eager' }),
      ]),
    )
    await until(() => appWithChat.injector.get(ChatService).status() === 'ready')
    expect(scripts()).toHaveLength(1)
    appWithChat.destroy()
    expect(scripts()).toHaveLength(0)
  })

  it('takes a factory run in an injection context, so options may come from DI', async () => {
    const TOKEN = new InjectionToken<string>('site token')
    const injector = own(
      createEnvironmentInjector(
        [
          { provide: TOKEN, useValue: demoTokens.chaport },
          provideChat(() => ({ provider: 'chaport', token: inject(TOKEN), load: 'eager' })),
        ],
        app.injector,
      ),
    )
    await until(() => injector.get(ChatService).status() === 'ready')
    expect(injector.get(ChatService).provider).toBe('chaport')
    injector.destroy()
  })

  it('follows the signals its options function reads: login identifies, logout resets, a new token re-creates', async () => {
    const user = signal<{ name: string } | undefined>(undefined)
    const token = signal(demoTokens.chatra)
    const appWithChat = own(
      await createZoneApp([
        provideChat(() => ({ provider: 'chatra', token: token(), load: 'eager', visitor: user() })),
      ]),
    )
    const chat = appWithChat.injector.get(ChatService)
    await until(() => chat.status() === 'ready')
    const first = emulation.vendor('chatra')!
    user.set({ name: 'Ada' })
    await until(() => first.visitor['name'] === 'Ada')
    user.set(undefined)
    await until(() => first.calls.some((call) => call.method === 'restart'))
    expect(first.visitor).toEqual({})
    token.set('Qh7RtKw2XmPz9LbN4')
    await until(() => (window as any).ChatraID === 'Qh7RtKw2XmPz9LbN4' && chat.status() === 'ready')
    expect(scripts()).toHaveLength(1)
  })

  it('invalid options throw a ChatError("config") naming the option, before anything touches the page', () => {
    expect(() =>
      createEnvironmentInjector([provideChat({ token: 'undefined' })], app.injector),
    ).toThrow(/Invalid option "token"/)
    expect(scripts()).toHaveLength(0)
  })

  it('injecting ChatService with no chat provided says what is missing', () => {
    expect(() => TestBed.inject(ChatService)).toThrow(
      /found no chat: add provideChat\(\{ token \}\)/,
    )
  })
})

describe('ChatModule', () => {
  it('forRoot creates the chat with the module and destroys it with the module', async () => {
    @NgModule({ imports: [ChatModule.forRoot({ token: demoTokens.raychat, load: 'eager' })] })
    class AppModule {}
    const ref = own(createNgModule(AppModule, app.injector))
    await until(() => emulation.vendor('raychat')?.ready)
    expect(ref.injector.get(ChatService).status()).toBe('ready')
    expect(scripts()).toHaveLength(1)
    ref.destroy()
    expect(scripts()).toHaveLength(0)
  })

  it('an NgModule app gets <chat-launcher> from ChatModule', async () => {
    @Component({
      selector: 'app-root',
      standalone: false,
      template: '<chat-launcher>Help</chat-launcher>',
    })
    class AppComponent {}
    @NgModule({
      declarations: [AppComponent],
      imports: [BrowserModule, ChatModule.forRoot({ token: demoTokens.raychat, load: 'manual' })],
      providers: [provideZoneChangeDetection()],
      bootstrap: [AppComponent],
    })
    class AppModule {}
    document.body.append(document.createElement('app-root'))
    const ref = own(await platformBrowser().bootstrapModule(AppModule))
    const button = document.querySelector<HTMLButtonElement>('app-root button[data-chat-launcher]')!
    expect(button.textContent).toBe('Help')
    await tick()
    expect(scripts()).toHaveLength(0)
    button.click()
    await until(() => emulation.vendor('raychat')?.isOpen)
    ref.destroy()
    expect(scripts()).toHaveLength(0)
  })
})
