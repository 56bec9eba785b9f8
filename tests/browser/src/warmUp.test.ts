// Warm-up that costs the page no vendor bytes: a connection to the vendor's host once the page is
// idle, and the script asked for first, with no full URL, when the visitor shows intent.
import { expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'

const fixture = fixturePerFile()
const vendorHost = 'https://call.chatra.io'

it("idle: a preconnect to the vendor's host and no request to it; intent: the script, sending only the origin", async () => {
  const { browser, server } = fixture.fixture
  const page = fixture.watch(await browser.newPage())
  const vendorRequests: Array<{ url: string; referer?: string }> = []
  // The vendor's real address, answered with its emulator.
  await page.route(`${vendorHost}/**`, async (route) => {
    vendorRequests.push({ url: route.request().url(), referer: route.request().headers().referer })
    await route.fulfill({ response: await page.request.fetch(`${server.url}/emulators/chatra.js`) })
  })
  await page.goto(`${server.url}/by-name.html?load=interaction&vendorHost`)
  await page.waitForSelector(`link[rel=preconnect][href="${vendorHost}"]`, { state: 'attached' })
  expect(vendorRequests).toEqual([])
  // A page whose own policy would send the vendor its full URL.
  await page.evaluate(() => {
    const meta = document.createElement('meta')
    meta.name = 'referrer'
    meta.content = 'unsafe-url'
    document.head.append(meta)
  })
  await page.mouse.move(30, 30)
  await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
  expect(vendorRequests).toEqual([
    { url: `${vendorHost}/chatra.js`, referer: `${new URL(server.url).origin}/` },
  ])
})

it('consent withheld: no connection to the vendor at all', async () => {
  const { browser, server } = fixture.fixture
  const page = fixture.watch(await browser.newPage())
  await page.goto(`${server.url}/by-name.html?load=manual&consent=false&vendorHost`)
  // Past the idle strategy's longest wait.
  await page.waitForTimeout(5500)
  expect(await page.locator('link[rel=preconnect]').count()).toBe(0)
})
