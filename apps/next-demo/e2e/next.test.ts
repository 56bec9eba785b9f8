// The Next.js demo in real Chromium, against `next build && next start`: the widget in the root
// layout follows client-side navigation (one script, one page view per navigation, hidden on the
// hideOn route), the launcher opens it, and the page logs no error and no hydration warning.
import {
  clickBeforeHydration,
  launchBrowser,
  pnpmBuild,
  readEmulator,
  startServer,
  visitorMessage,
  waitForEmulator,
  widgetsCheck,
  WIDGETS_CHECK,
  type BrowserHandle,
  type RunningServer,
  type WatchedPage,
} from '@chatmount/e2e'
import { chaportUserToken, chaportVisitorHash, chatraClientId } from '@chatmount/server'
import { sendChatraWebhook } from '@chatmount/testing/server'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const appDir = fileURLToPath(new URL('..', import.meta.url))
/** Longer than the widget's page-view window (300 ms), so navigations count one by one. */
const BETWEEN_NAVIGATIONS = 600

let server: RunningServer
let browser: BrowserHandle
let page: WatchedPage

beforeAll(async () => {
  if (!existsSync(`${appDir}/dist/BUILD_ID`)) await pnpmBuild(appDir)
  server = await startServer({
    cwd: appDir,
    command: `${appDir}/node_modules/.bin/next`,
    args: (port) => ['start', '--hostname', '127.0.0.1', '--port', String(port)],
  })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  page = await browser.newPage()
})
afterEach(async () => {
  // Every test: no uncaught error, no console error (React reports hydration mismatches there).
  expect(page.problems()).toEqual([])
  await page.close()
})

const scriptsInPage = () => page.locator('script[data-chatmount]').count()
const pageViewUrls = async () =>
  ((await readEmulator(page))?.pageViews ?? []).map((view) => view.url)

/** Follow a `<Link>` and wait until the App Router has rendered the new page. */
async function follow(linkText: string, heading: string) {
  await page.getByRole('link', { name: linkText, exact: true }).click()
  await page.getByRole('heading', { name: heading, level: 2 }).waitFor()
}

describe('Next.js demo (App Router)', () => {
  it('loads the vendor once through next/script (idle → lazyOnload) and keeps it across navigations', async () => {
    await page.goto(`${server.url}/?provider=chatra`)
    await waitForEmulator(page, (vendor) => vendor.ready)
    expect(await page.locator('script#chatmount-chatra').getAttribute('data-nscript')).toBe(
      'lazyOnload',
    )
    for (const [link, heading] of [
      ['Pricing', 'Pricing'],
      ['Checkout', 'Checkout'],
      ['Playground', 'Playground'],
      ['Home', 'Home'],
      ['Pricing', 'Pricing'],
    ] as const) {
      await follow(link, heading)
    }
    await page.waitForTimeout(BETWEEN_NAVIGATIONS)
    expect(page.vendorScriptRequests()).toHaveLength(1)
    expect(await scriptsInPage()).toBe(1)
    expect((await readEmulator(page))?.ready).toBe(true)
  })

  it('one pageView per navigation, with the URL it arrived at; none for the first page', async () => {
    await page.goto(`${server.url}/?provider=chaport&load=eager`)
    await waitForEmulator(page, (vendor) => vendor.ready)
    expect(await page.locator('script#chatmount-chaport').getAttribute('data-nscript')).toBe(
      'afterInteractive',
    )
    const before = (await pageViewUrls()).length
    for (const [link, heading] of [
      ['Pricing', 'Pricing'],
      ['Team plan', 'Pricing'],
      ['Home', 'Home'],
    ] as const) {
      await follow(link, heading)
      await page.waitForTimeout(BETWEEN_NAVIGATIONS)
    }
    expect((await pageViewUrls()).slice(before)).toEqual([
      `${server.url}/pricing`,
      `${server.url}/pricing?plan=team`,
      `${server.url}/`,
    ])
  })

  it('a burst of navigations is one pageView, for where it ended', async () => {
    await page.goto(`${server.url}/?provider=chaport&load=eager`)
    await waitForEmulator(page, (vendor) => vendor.ready)
    const before = (await pageViewUrls()).length
    await page.getByRole('link', { name: 'Pricing', exact: true }).click()
    await page.getByRole('link', { name: 'Checkout', exact: true }).click()
    await follow('Playground', 'Playground')
    await page.waitForTimeout(BETWEEN_NAVIGATIONS)
    expect((await pageViewUrls()).slice(before)).toEqual([`${server.url}/playground`])
  })

  it('hidden on the hideOn route and back afterwards, same widget, same conversation', async () => {
    await page.goto(`${server.url}/?provider=chatra&load=eager`)
    await waitForEmulator(page, (vendor) => vendor.ready && vendor.isVisible)
    await visitorMessage(page, 'Where is my order?')
    // Survives only if no navigation reloads the page.
    await page.evaluate(() => ((window as { sameDocument?: boolean }).sameDocument = true))
    await follow('Checkout', 'Checkout')
    await waitForEmulator(page, (vendor) => !vendor.isVisible)
    await follow('Pricing', 'Pricing')
    const vendor = await waitForEmulator(page, (current) => current.isVisible)
    expect(vendor.messages.map((message) => message.text)).toContain('Where is my order?')
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(
      true,
    )
    expect(page.vendorScriptRequests()).toHaveLength(1)
  })

  it(`several widgets: ${WIDGETS_CHECK}`, async () => {
    await page.goto(`${server.url}/?provider=chatra&load=eager`)
    await widgetsCheck(page, { nav: 'Demo pages', support: 'Help' })
  })

  it('the launcher on the hooks page loads the vendor and opens the chat', async () => {
    await page.goto(`${server.url}/playground?provider=chatra&load=manual`)
    const launcher = page.locator('button[data-chat-launcher]')
    await launcher.waitFor()
    await page.waitForTimeout(300)
    expect(page.vendorScriptRequests()).toHaveLength(0)
    await launcher.click()
    await waitForEmulator(page, (vendor) => vendor.ready && vendor.isOpen)
    await page.locator('[data-testid="event-log"] li[data-event="ready"]').waitFor()
    expect(JSON.parse((await page.getByTestId('state').textContent()) ?? 'null')).toMatchObject({
      status: 'ready',
      open: true,
    })
  })

  it('a click on the launcher before hydration opens the chat once the app has hydrated', async () => {
    await clickBeforeHydration(page, {
      url: `${server.url}/playground?provider=chatra&load=manual`,
      launcher: 'button[data-chat-launcher]',
      appScripts: /\/_next\/static\/.*\.js/,
    })
  })

  it('?live asks the vendor for its real script; blocked, it is an error event and the app goes on', async () => {
    await page.block(/call\.chatra\.io/)
    const request = page.waitForRequest(/call\.chatra\.io\/chatra\.js/)
    await page.goto(`${server.url}/playground?provider=chatra&load=eager&live`)
    await request
    expect(page.vendorScriptRequests()).toHaveLength(0)
    await page
      .locator('[data-testid="event-log"] li[data-event="error"]', { hasText: 'load_failed' })
      .waitFor()
    await follow('Pricing', 'Pricing')
  })
})

describe('Next.js demo (Pages Router page)', () => {
  it('page views follow the router events; the script loads once', async () => {
    await page.goto(`${server.url}/legacy?provider=chaport&load=eager`)
    await waitForEmulator(page, (vendor) => vendor.ready)
    const before = (await pageViewUrls()).length
    await follow('Details', 'Pages Router: details')
    await page.waitForTimeout(BETWEEN_NAVIGATIONS)
    await follow('Overview', 'Pages Router: overview')
    await page.waitForTimeout(BETWEEN_NAVIGATIONS)
    expect((await pageViewUrls()).slice(before)).toEqual([
      `${server.url}/legacy?tab=details`,
      `${server.url}/legacy`,
    ])
    expect(page.vendorScriptRequests()).toHaveLength(1)
    expect(await scriptsInPage()).toBe(1)
  })
})

// The server side, end to end on the emulated Chatra API the demo mounts at /emulated/chatra/api/.
describe('Next.js demo (server side, @chatmount/server)', () => {
  const demoKeys = { authorization: 'Chatra.Simple emulated-public-key:emulated-secret-key' }

  it("a server action pushes a message through Chatra's REST API to the signed-in user's clientId", async () => {
    await page.goto(`${server.url}/support`)
    await page.getByLabel('Message to the signed-in visitor').fill('Your parcel left the warehouse')
    await page.getByRole('button', { name: 'Push message' }).click()
    await page
      .locator('[data-pushed-messages] li', { hasText: 'Your parcel left the warehouse' })
      .waitFor()
    const id = (await page.locator('[data-push-result]').textContent())!.replace(/^sent /, '')
    const stored = await fetch(`${server.url}/emulated/chatra/api/pushedMessages/${id}`, {
      headers: demoKeys,
    })
    expect(await stored.json()).toMatchObject({
      text: 'Your parcel left the warehouse',
      isPushed: true,
      clientId: await chatraClientId('demo-client-id-secret-not-for-production', 'demo-user-42'),
    })
  })

  it('Chatra’s chatTranscript webhook lands in the route handler and on the page; a wrong secret is refused', async () => {
    const refused = await sendChatraWebhook(
      `${server.url}/api/chatra-webhook?secret=guess`,
      'chatTranscript',
    )
    expect(refused.status).toBe(401)
    const malformed = await sendChatraWebhook(
      `${server.url}/api/chatra-webhook?secret=demo-webhook-secret-not-for-production`,
      {
        eventName: 'chatTranscript',
        messages: 'not a list',
      },
    )
    expect(malformed.status).toBe(400)
    await page.goto(`${server.url}/support`)
    expect(await page.locator('[data-transcripts] li').count()).toBe(0)
    await page.getByRole('button', { name: /Simulate a finished chat/ }).click()
    await page
      .locator('[data-transcripts] li', { hasText: 'Jane: 6 messages, last: “Thanks!”' })
      .waitFor()
    expect(await page.locator('[data-transcripts] li').count()).toBe(1)
  })

  it('a signed-in Chaport visitor: the token and hash the server made reach the vendor', async () => {
    await page.goto(`${server.url}/account?provider=chaport&load=eager`)
    await page.locator('[data-signed-in]').waitFor()
    const salt = 'demo-chaport-salt-not-for-production'
    const fields = { name: 'Jane Doe', email: 'jane@example.com' }
    await waitForEmulator(page, (vendor) =>
      vendor.calls.some((call) => call.method == 'setVisitorData'),
    )
    const calls = (await readEmulator(page))!.calls
    expect(calls).toContainEqual({
      method: 'startSession',
      args: [
        {
          id: 'demo-chaport-visitor-42',
          token: await chaportUserToken(salt, 'demo-chaport-visitor-42'),
        },
      ],
    })
    expect(calls).toContainEqual({
      method: 'setVisitorData',
      args: [fields, await chaportVisitorHash(salt, fields)],
    })
    expect(await page.content()).not.toContain(salt)
  })
})
