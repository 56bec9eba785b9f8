import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { expect } from 'vitest'
import { emulatorRuns, readEmulator, visitorMessage, waitForEmulator } from './emulator'
import type { WatchedPage } from './watchedPage'

/** The route check's name, the same in every demo's report. */
export const ROUTE_CHECK =
  'one script across navigations, one pageView each with its URL (none for the first page), hidden on the hideOn route and back with the same conversation'

/**
 * The check every routed demo passes (`demoRoutes`, `hideOn: ['/checkout']`), with Chaport, on a
 * page already open at Home with the chat created: across Pricing, Checkout, Home, Pricing it
 * counts what the vendor did.
 */
export async function routeCheck(page: WatchedPage, baseUrl: string): Promise<void> {
  /** Follow a link of the demo's nav; wait past the page-view window, so each one counts. */
  async function follow(name: string) {
    await page
      .locator('nav[aria-label="Demo routes"]')
      .getByRole('link', { name, exact: true })
      .click()
    await page.getByRole('heading', { name, level: 2, exact: true }).waitFor()
    await page.waitForTimeout(PAGE_VIEW_WAIT * 2)
  }

  await waitForEmulator(page, (vendor) => vendor.ready)
  await visitorMessage(page, 'Is there a student discount?')
  const before = (await readEmulator(page))!.pageViews.length
  await follow('Pricing')
  await follow('Checkout')
  expect((await readEmulator(page))!.isVisible, 'hidden on /checkout').toBe(false)
  await follow('Home')
  expect((await readEmulator(page))!.isVisible, 'shown again after /checkout').toBe(true)
  await follow('Pricing')
  const vendor = (await readEmulator(page))!
  expect(vendor.pageViews.slice(before).map((view) => view.url)).toEqual(
    ['/pricing', '/checkout', '/', '/pricing'].map((path) => `${baseUrl}${path}`),
  )
  expect(vendor.messages.map((message) => message.text)).toContain('Is there a student discount?')
  expect(page.vendorScriptRequests()).toHaveLength(1)
  // insert.js once, and the main bundle it adds once.
  expect(await emulatorRuns(page)).toEqual({ chaport: 1, 'chaport-main': 1 })
}
