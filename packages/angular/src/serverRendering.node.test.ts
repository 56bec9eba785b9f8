// Plain Node, no DOM, against the built package (`dist`), as a server imports it. A package in the
// Angular Package Format is partially compiled: an app's build links it, and without a build (as
// here) Angular's JIT compiler must be loaded first.
import '@angular/compiler'
import { Component, inject, provideZonelessChangeDetection } from '@angular/core'
import { bootstrapApplication, type BootstrapContext } from '@angular/platform-browser'
import { provideServerRendering, renderApplication } from '@angular/platform-server'
import { provideRouter } from '@angular/router'
import { expect, it } from 'vitest'

const built = new URL('../dist/fesm2022/chatmount-angular.mjs', import.meta.url).href
const builtRouter = new URL('../dist/fesm2022/chatmount-angular-router.mjs', import.meta.url).href

it('importing the package in Node, with no window or document, throws nothing', async () => {
  expect(typeof window).toBe('undefined')
  expect(typeof document).toBe('undefined')
  const chatmount = await import(/* @vite-ignore */ built)
  expect(Object.keys(chatmount)).toEqual(
    expect.arrayContaining(['provideChat', 'ChatModule', 'ChatService', 'ChatLauncher']),
  )
  expect(typeof window).toBe('undefined')
})

it('server rendering: the launcher button and the initial state are rendered, and no chat is created (routes followed neither)', async () => {
  const { provideChat, ChatService, ChatLauncher } = await import(/* @vite-ignore */ built)
  const { withRouter } = await import(/* @vite-ignore */ builtRouter)
  // A component without decorator syntax: this file is not compiled by Angular.
  class App {
    readonly chat = inject(ChatService) as { status(): string; isOpen(): boolean; provider: string }
  }
  Component({
    selector: 'app-root',
    imports: [ChatLauncher],
    template: `<span>{{ chat.status() }}/{{ chat.isOpen() }}/{{ chat.provider || 'none' }}</span><chat-launcher>Chat</chat-launcher>`,
  })(App)
  const bootstrap = (context: BootstrapContext) =>
    bootstrapApplication(
      App,
      {
        providers: [
          provideZonelessChangeDetection(),
          provideServerRendering(),
          provideRouter([]),
          provideChat(
            { token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04', load: 'eager' },
            withRouter({ hideOn: ['/'] }),
          ),
        ],
      },
      context,
    )
  const html = await renderApplication(bootstrap, {
    document: '<html><head></head><body><app-root></app-root></body></html>',
  })
  expect(html).toContain('idle/false/none')
  expect(html).toMatch(
    /<chat-launcher><button type="button" data-chat-launcher="" data-status="idle">(<!--container-->)?Chat(<!--container-->)?<\/button>/,
  )
  expect(html).not.toContain('<script')
  expect(typeof window).toBe('undefined')
})

it('invalid options fail on the server too', async () => {
  const { provideChat } = await import(/* @vite-ignore */ built)
  class App {}
  Component({ selector: 'app-root', template: '' })(App)
  const bootstrap = (context: BootstrapContext) =>
    bootstrapApplication(
      App,
      {
        providers: [
          provideZonelessChangeDetection(),
          provideServerRendering(),
          provideChat({ token: 'undefined' }),
        ],
      },
      context,
    )
  await expect(renderApplication(bootstrap, { document: '<app-root></app-root>' })).rejects.toThrow(
    /Invalid option "token"/,
  )
})
