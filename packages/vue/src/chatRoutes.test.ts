// chatRoutes on a real Vue Router (web history in jsdom): page views and hideOn by core's rules.
import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApp, defineComponent, h, type App } from 'vue'
import { createRouter, createWebHistory, RouterView } from 'vue-router'
import { chatPlugin } from './chatPlugin'
import { chatRoutes, type ChatRoutesOptions } from './chatRoutes'

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
    routes: ['/', '/pricing', '/checkout', '/checkout/pay', '/a', '/b'].map((path) => ({ path, component: page(path) })),
  })
  app = createApp({ render: () => h(RouterView) })
  app.use(router).use(chatPlugin, { provider: 'chaport', token: demoTokens.chaport, load: 'eager' }).use(chatRoutes, { router, ...options })
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
    expect(vendor().pageViews.slice(before).map((view) => view.url)).toEqual([`${location.origin}/pricing?plan=team`, `${location.origin}/b#faq`])
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
    const router = createRouter({ history: createWebHistory(), routes: [{ path: '/', component: page('home') }] })
    expect(() => createApp({}).use(chatRoutes, { router })).toThrow(/chatRoutes\(\) found no chat/)
    const withChat = createApp({}).use(chatPlugin, { provider: 'chaport', token: demoTokens.chaport, load: 'manual' })
    expect(() => withChat.use(chatRoutes, { router, hideOn: ['checkout'] })).toThrow(/"hideOn\[0\]"/)
  })
})
