// chatRoutes on a real Vue Router (web history in jsdom): page views and hideOn by core's rules.
import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h, type App } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'
import { chatPlugin } from './chatPlugin'
import { ChatWidget } from './ChatWidget'
import { chatRoutes, useChatRoutes, type ChatRoutesOptions } from './chatRoutes'

let emulation: VendorEmulation
let app: App | undefined
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const vendor = () => emulation.vendor('chaport')!
const page = (name: string) => defineComponent({ name, render: () => h('h2', name) })

beforeEach(() => {
  emulation = emulateVendors()
  history.replaceState(null, '', '/')
})
afterEach(() => {
  app?.unmount()
  emulation.restore()
  document.body.replaceChildren()
})

async function start(options: Omit<ChatRoutesOptions, 'router'> = {}) {
  const router = createRouter({
    history: createWebHistory(),
    routes: ['/', '/pricing', '/checkout', '/checkout/pay', '/a', '/b'].map((path) => ({
      path,
      component: page(path),
    })),
  })
  app = createApp({ render: () => h(RouterView) })
  app
    .use(router)
    .use(chatPlugin, { provider: 'chaport', token: demoTokens.chaport, load: 'eager' })
    .use(chatRoutes, { router, ...options })
  app.mount(document.body.appendChild(document.createElement('div')))
  await router.isReady()
  await wait(100)
  return router
}

describe('chatRoutes (Vue Router)', () => {
  it('one pageView per navigation with its URL, none for the first page, a burst as one', async () => {
    const router = await start()
    const before = vendor().pageViews.length
    await router.push('/pricing?plan=team')
    await wait(PAGE_VIEW_WAIT + 50)
    await router.push('/a')
    await router.push('/b')
    await router.push('/b#faq') // the same page: the burst's one view is where it ended
    await wait(PAGE_VIEW_WAIT + 50)
    expect(
      vendor()
        .pageViews.slice(before)
        .map((view) => view.url),
    ).toEqual([`${location.origin}/pricing?plan=team`, `${location.origin}/b#faq`])
  })

  it('hides on a hideOn route, the first page too, and shows again after, the same widget', async () => {
    history.replaceState(null, '', '/checkout')
    const router = await start({ hideOn: ['/checkout/**'] })
    expect(vendor().isVisible).toBe(false)
    await router.push('/checkout/pay')
    await router.push('/')
    await wait(10)
    expect(vendor().isVisible).toBe(true)
    expect(emulation.scripts).toHaveLength(1)
  })

  it('a navigation the router aborted is none', async () => {
    const router = await start()
    router.beforeEach((to) => to.path != '/pricing')
    const before = vendor().pageViews.length
    await router.push('/pricing')
    await wait(PAGE_VIEW_WAIT + 50)
    expect(vendor().pageViews.length).toBe(before)
  })

  it('needs chatPlugin first, and checks its options', () => {
    const router = createRouter({
      history: createWebHistory(),
      routes: [{ path: '/', component: page('home') }],
    })
    expect(() => createApp({}).use(chatRoutes, { router })).toThrow(/chatRoutes\(\) found no chat/)
    const withChat = createApp({}).use(chatPlugin, {
      provider: 'chaport',
      token: demoTokens.chaport,
      load: 'manual',
    })
    expect(() => withChat.use(chatRoutes, { router, hideOn: ['checkout'] })).toThrow(
      /"hideOn\[0\]"/,
    )
  })
})

describe('useChatRoutes (a chat held by <ChatWidget>)', () => {
  it('follows the app’s router for as long as its component lives', async () => {
    const Follow = defineComponent({
      setup() {
        useChatRoutes({ hideOn: ['/checkout'] })
        return () => h(RouterView)
      },
    })
    const router = createRouter({
      history: createWebHistory(),
      routes: ['/', '/pricing', '/checkout'].map((path) => ({ path, component: page(path) })),
    })
    app = createApp({
      render: () =>
        h(ChatWidget, { provider: 'chaport', token: demoTokens.chaport, load: 'eager' }, () =>
          h(Follow),
        ),
    })
    app.use(router).mount(document.body.appendChild(document.createElement('div')))
    await router.isReady()
    await wait(100)
    const before = vendor().pageViews.length
    await router.push('/pricing')
    await wait(PAGE_VIEW_WAIT + 50)
    expect(
      vendor()
        .pageViews.slice(before)
        .map((view) => view.url),
    ).toEqual([`${location.origin}/pricing`])
    await router.push('/checkout')
    await wait(10)
    expect(vendor().isVisible).toBe(false)
  })

  it('without a router is a config error', () => {
    const withoutRouter = createApp(defineComponent({ setup: () => (useChatRoutes(), () => null) }))
    withoutRouter.use(chatPlugin, {
      provider: 'chaport',
      token: demoTokens.chaport,
      load: 'manual',
    })
    expect(() => withoutRouter.mount(document.createElement('div'))).toThrow(
      /useChatRoutes\(\) found no router/,
    )
  })
})
