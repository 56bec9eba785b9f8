// withRouter on Angular's real Router: page views and hideOn by core's route rules.
import { Component } from '@angular/core'
import { provideRouter, Router } from '@angular/router'
import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { provideChat } from '../src/provideChat'
import { createZoneApp, destroyOwned, own, tick, until } from '../src/testing/helpers'
import { withRouter } from './withRouter'

@Component({ template: '<h2>page</h2>' })
class Page {}

let emulation: VendorEmulation
const vendor = () => emulation.vendor('chaport')!
const paths = ['', 'pricing', 'checkout', 'checkout/pay', 'a', 'b', 'old']

beforeEach(() => {
  emulation = emulateVendors()
  history.replaceState(null, '', '/')
})
afterEach(() => {
  destroyOwned()
  emulation.restore()
  document.body.replaceChildren()
})

async function start(options: Parameters<typeof withRouter>[0] = {}, first = '/') {
  const app = own(
    await createZoneApp([
      provideRouter([
        ...paths.map((path) => ({ path, component: Page })),
        { path: 'moved', redirectTo: 'pricing' },
      ]),
      provideChat(
        { provider: 'chaport', token: demoTokens.chaport, load: 'eager' },
        withRouter(options),
      ),
    ]),
  )
  const router = app.injector.get(Router)
  await router.navigateByUrl(first)
  await until(() => emulation.vendor('chaport')?.ready)
  return router
}

describe('withRouter (Angular Router)', () => {
  it('one pageView per navigation with its URL after redirects, none for the first page, a burst as one', async () => {
    const router = await start()
    const before = vendor().pageViews.length
    await router.navigateByUrl('/moved?plan=team')
    await tick(PAGE_VIEW_WAIT + 50)
    await router.navigateByUrl('/a')
    await router.navigateByUrl('/b')
    await tick(PAGE_VIEW_WAIT + 50)
    expect(
      vendor()
        .pageViews.slice(before)
        .map((view) => view.url),
    ).toEqual([`${location.origin}/pricing?plan=team`, `${location.origin}/b`])
  })

  it('hides on a hideOn route, the first page too, and shows again after, the same widget', async () => {
    const router = await start({ hideOn: ['/checkout/**'] }, '/checkout')
    await until(() => vendor().isVisible === false)
    await router.navigateByUrl('/checkout/pay')
    await router.navigateByUrl('/')
    await until(() => vendor().isVisible === true)
    expect(emulation.scripts).toHaveLength(1)
  })

  it('a cancelled navigation is none', async () => {
    const router = await start()
    const before = vendor().pageViews.length
    router.resetConfig([
      { path: '', component: Page },
      { path: 'pricing', component: Page, canActivate: [() => false] },
    ])
    await router.navigateByUrl('/pricing')
    await tick(PAGE_VIEW_WAIT + 50)
    expect(vendor().pageViews.length).toBe(before)
  })

  it('bad options are config errors naming them, where withRouter is called', () => {
    expect(() => withRouter({ hideOn: ['checkout'] })).toThrow(/"hideOn\[0\]"/)
    expect(() => withRouter({ pageViews: 1 as never })).toThrow(/"pageViews"/)
  })
})
