// The page script's chat, as <ClientRouter /> navigates: one chat, a page view per navigation once
// the vendor is ready, hidden on a hideOn route; the vendor's elements follow each swap.
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { startAstroChat } from './client'

let emulation: VendorEmulation
const until = async (condition: () => unknown) => {
  for (let i = 0; i < 300 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}
/** Where Astro's router takes the page, and its page-load event. */
const navigate = (path: string) => {
  history.pushState(null, '', path)
  document.dispatchEvent(new Event('astro:page-load'))
}

beforeEach(() => {
  emulation = emulateVendors({ delay: 5 })
})
afterEach(() => {
  ;(window.chatmount as { destroy(): void } | undefined)?.destroy()
  delete window.chatmount
  emulation.restore()
})

it('starts the page’s chat once and follows the navigations', async () => {
  startAstroChat({
    provider: 'chaport',
    token: demoTokens.chaport,
    load: 'eager',
    hideOn: ['/checkout'],
  })
  const chat = window.chatmount as { getState(): { status: string } }
  await until(() => chat.getState().status == 'ready')
  navigate('/pricing')
  await until(() => emulation.vendor('chaport')?.pageViews.length == 1)
  navigate('/checkout')
  await until(() => emulation.vendor('chaport')?.isVisible === false)
  navigate('/')
  await until(() => emulation.vendor('chaport')?.isVisible === true)
  expect(document.querySelectorAll('script[data-chatmount]')).toHaveLength(1)
})

it('a route widget’s pages replace the chat with theirs: one vendor at a time, and back', async () => {
  history.pushState(null, '', '/')
  startAstroChat({
    provider: 'chatra',
    token: demoTokens.chatra,
    load: 'eager',
    widgets: [{ on: ['/support/**'], provider: 'raychat', token: demoTokens.raychat }],
  })
  const scripts = () =>
    [...document.querySelectorAll('script[data-chatmount]')].map((script) =>
      script.getAttribute('data-chatmount'),
    )
  await until(() => emulation.vendor('chatra')?.ready)
  navigate('/support/billing')
  await until(() => emulation.vendor('raychat')?.ready)
  expect(scripts()).toEqual(['raychat'])
  expect('Chatra' in window).toBe(false)
  navigate('/support/orders')
  expect(scripts()).toEqual(['raychat'])
  navigate('/')
  await until(() => scripts()[0] == 'chatra' && emulation.vendor('chatra')?.ready)
  expect(scripts()).toEqual(['chatra'])
  expect('Raychat' in window).toBe(false)
})
