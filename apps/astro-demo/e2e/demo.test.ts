// The Astro demo as a visitor uses it, with <ClientRouter />: the chat the integration puts on
// every page lives across the navigations (the shared routes check), and a page's launcher works
// on a page reached by navigation. The demo's build is served as a static site.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  launchBrowser,
  pnpmBuild,
  ROUTE_CHECK,
  routeCheck,
  widgetsCheck,
  WIDGETS_CHECK,
  serveStatic,
  waitForEmulator,
  type BrowserHandle,
  type StaticServer,
  type WatchedPage,
} from '@chatmount/e2e'
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest'

const appDir = fileURLToPath(new URL('..', import.meta.url))
let server: StaticServer
let browser: BrowserHandle
let page: WatchedPage

beforeAll(async () => {
  if (!existsSync(join(appDir, 'dist', 'index.html'))) await pnpmBuild(appDir)
  server = await serveStatic(join(appDir, 'dist'))
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  page = await browser.newPage()
})
afterEach(async () => {
  try {
    expect(page.problems(), 'uncaught errors and console errors in the page').toEqual([])
  } finally {
    await page.close()
  }
})

it(`routes: ${ROUTE_CHECK}`, async () => {
  await page.goto(server.url, { waitUntil: 'load' })
  await routeCheck(page, server.url)
  // The vendor's elements were kept, not re-rendered: one of each.
  expect(await page.locator('#chaport-container').count()).toBe(1)
})

it(`several widgets (the integration's widgets): ${WIDGETS_CHECK}`, async () => {
  await page.goto(`${server.url}/sales`, { waitUntil: 'load' })
  await widgetsCheck(page, { home: 'Sales' })
})

it('the launcher of a page reached by navigation opens the chat', async () => {
  await page.goto(server.url, { waitUntil: 'load' })
  await page.locator('nav[aria-label="Demo routes"]').getByRole('link', { name: 'Pricing' }).click()
  await page.getByRole('heading', { name: 'Pricing', level: 2 }).waitFor()
  await page.getByRole('button', { name: 'Chat with us' }).click()
  await waitForEmulator(page, (vendor) => vendor.ready && vendor.isOpen)
  expect(page.vendorScriptRequests()).toHaveLength(1)
})

it('an island of another framework reaches the same chat: its call and its launcher', async () => {
  await page.goto(`${server.url}/pricing`, { waitUntil: 'load' })
  await page.getByRole('button', { name: 'Ask about pricing' }).click()
  await waitForEmulator(page, (vendor) => vendor.ready && vendor.isOpen)
  await page.getByRole('button', { name: 'Chat from the island' }).waitFor()
  expect(
    await page.getByRole('button', { name: 'Chat from the island' }).getAttribute('data-status'),
  ).toBe('ready')
  expect(page.vendorScriptRequests()).toHaveLength(1)
})
