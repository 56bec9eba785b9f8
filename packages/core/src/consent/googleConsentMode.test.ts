// gtag as a site's banner calls it, through the data layer: a default before anything, updates as
// the visitor decides and changes their mind, and a tag manager that replaces `push` midway.
import { afterEach, expect, it } from 'vitest'
import { consentFromGoogle } from './googleConsentMode'

function site() {
  const page = { dataLayer: [] as unknown[] } as unknown as Window & { dataLayer: unknown[] }
  // gtag.js's own definition: it pushes its `arguments`.
  function gtag(..._args: unknown[]) {
    // eslint-disable-next-line prefer-rest-params
    page.dataLayer.push(arguments)
  }
  return { page, gtag }
}
const stops: Array<() => void> = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

function follow(page: Window, options = {}) {
  const calls: boolean[] = []
  stops.push(
    consentFromGoogle({ setConsent: (on) => calls.push(on) }, { window: page, ...options }),
  )
  return calls
}

it('reads the default set before it, then follows each update', () => {
  const { page, gtag } = site()
  gtag('consent', 'default', { functionality_storage: 'denied', analytics_storage: 'denied' })
  const calls = follow(page)
  expect(calls).toEqual([false])
  gtag('consent', 'update', { analytics_storage: 'granted' })
  expect(calls).toEqual([false])
  gtag('consent', 'update', { functionality_storage: 'granted' })
  expect(calls).toEqual([false, true])
  gtag('consent', 'update', { functionality_storage: 'denied' })
  expect(calls).toEqual([false, true, false])
})

it('keeps following when a tag manager replaces the data layer’s push', () => {
  const { page, gtag } = site()
  const calls = follow(page)
  const seen: unknown[] = []
  const original = page.dataLayer.push
  page.dataLayer.push = function (...entries: unknown[]) {
    seen.push(...entries)
    return original.apply(page.dataLayer, entries)
  }
  gtag('consent', 'update', { functionality_storage: 'granted' })
  expect(calls).toEqual([true])
  expect(seen).toHaveLength(1)
  expect(page.dataLayer).toHaveLength(1)
  // Stopped: the tag manager's push, which still calls the one it found, stores and nothing more.
  stops.pop()!()
  gtag('consent', 'update', { functionality_storage: 'denied' })
  expect(calls).toEqual([true])
  expect(page.dataLayer).toHaveLength(2)
})

it('nothing until every signal asked for has a value; regional defaults are left out', () => {
  const { page, gtag } = site()
  const calls = follow(page, { signals: ['functionality_storage', 'personalization_storage'] })
  gtag('consent', 'default', {
    functionality_storage: 'granted',
    personalization_storage: 'granted',
    region: ['ES'],
  })
  gtag('consent', 'update', { functionality_storage: 'granted' })
  expect(calls).toEqual([])
  gtag('consent', 'update', { personalization_storage: 'granted' })
  expect(calls).toEqual([true])
  gtag('event', 'page_view')
  expect(calls).toEqual([true])
})

it('stops when asked, and gives the data layer its push back', () => {
  const { page, gtag } = site()
  const calls = follow(page)
  stops.pop()!()
  gtag('consent', 'update', { functionality_storage: 'granted' })
  expect(calls).toEqual([])
  expect(page.dataLayer).toHaveLength(1)
})

it('makes the data layer when the page has none yet', () => {
  const page = {} as Window & { dataLayer?: unknown[] }
  follow(page)
  expect(Array.isArray(page.dataLayer)).toBe(true)
})
