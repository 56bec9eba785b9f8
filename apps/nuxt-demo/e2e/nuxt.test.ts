// The Nuxt demo in real Chromium, against `nuxt build` served by its own server
// (.output/server/index.mjs): @chatmount/nuxt from nuxt.config, runtime-config overrides, the
// auto-imported hooks and global launcher, routes from the Nuxt router, nothing on the server.
import {
  clickBeforeHydration,
  launchBrowser,
  pnpmBuild,
  readEmulator,
  routeCheck,
  ROUTE_CHECK,
  startServer,
  waitForEmulator,
  widgetsCheck,
  WIDGETS_CHECK,
  type BrowserHandle,
  type RunningServer,
  type WatchedPage,
} from '@chatmount/e2e'
import { demoTokens } from '@chatmount/testing'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

const appDir = fileURLToPath(new URL('..', import.meta.url))
const serve = (env: Record<string, string> = {}) =>
  startServer({
    cwd: appDir,
    command: process.execPath,
    args: () => ['.output/server/index.mjs'],
    env: (port) => ({ PORT: String(port), HOST: '127.0.0.1', ...env }),
  })

let server: RunningServer
let browser: BrowserHandle
let page: WatchedPage
let warnings: string[]

beforeAll(async () => {
  if (!existsSync(`${appDir}/.output/server/index.mjs`)) await pnpmBuild(appDir)
  server = await serve()
  browser = await launchBrowser()
}, 300_000)
afterAll(async () => {
  await browser?.close()
  await server?.close()
})
beforeEach(async () => {
  page = await browser.newPage()
  warnings = []
  page.on('console', (message) => message.type() == 'warning' && warnings.push(message.text()))
})
afterEach(async () => {
  // Every test: no uncaught error, no console error, and no warning (Vue reports hydration mismatches).
  expect(page.problems()).toEqual([])
  expect(warnings).toEqual([])
  await page.close()
})

describe('Nuxt demo (@chatmount/nuxt)', () => {
  it('server rendering adds no chat: no vendor script, the launcher and the state of no chat yet', async () => {
    const html = await (await fetch(`${server.url}/pricing`)).text()
    expect(html).not.toContain('data-chatmount')
    expect(html).not.toMatch(/<script[^>]*emulators\/chaport\.js/)
    expect(html).toMatch(/<button[^>]*data-chat-launcher[^>]*data-status="idle"/)
    expect(html).toContain('<h2>Pricing</h2>')
  })

  it(`routes: ${ROUTE_CHECK}`, async () => {
    await page.goto(`${server.url}/`)
    await routeCheck(page, server.url)
  })

  it('the auto-imported useChat and useChatEvent, and the global <ChatLauncher>, reach the chat', async () => {
    await page.goto(`${server.url}/`)
    await page.locator('[data-event="ready"]').waitFor()
    await page.locator('.launcher-row button[data-chat-launcher]').click()
    await page.locator('[data-event="open"]').waitFor()
    expect((await readEmulator(page))!.isOpen).toBe(true)
    expect(JSON.parse((await page.locator('[data-testid="state"]').textContent())!)).toMatchObject({
      status: 'ready',
      open: true,
    })
  })

  it('a click on the launcher before hydration opens the chat once the app has hydrated', async () => {
    await clickBeforeHydration(page, {
      url: `${server.url}/`,
      launcher: '.launcher-row button[data-chat-launcher]',
      appScripts: /\/_nuxt\/.*\.js/,
    })
  })

  it(`several widgets (nuxt.config's widgets): ${WIDGETS_CHECK}`, async () => {
    const chatra = await serve({
      NUXT_PUBLIC_CHATMOUNT_PROVIDER: 'chatra',
      NUXT_PUBLIC_CHATMOUNT_TOKEN: demoTokens.chatra,
      NUXT_PUBLIC_CHATMOUNT_SCRIPT_URL: '/emulators/chatra.js',
    })
    try {
      await page.goto(`${chatra.url}/`)
      await widgetsCheck(page)
    } finally {
      await page.goto('about:blank')
      await chatra.close()
    }
  })

  it('every option can be overridden when the server starts (NUXT_PUBLIC_CHATMOUNT_*)', async () => {
    const chatra = await serve({
      NUXT_PUBLIC_CHATMOUNT_PROVIDER: 'chatra',
      NUXT_PUBLIC_CHATMOUNT_TOKEN: demoTokens.chatra,
      NUXT_PUBLIC_CHATMOUNT_SCRIPT_URL: '/emulators/chatra.js',
      NUXT_PUBLIC_CHATMOUNT_HIDE_ON: '["/pricing"]',
    })
    try {
      await page.goto(`${chatra.url}/pricing`)
      await waitForEmulator(page, (vendor) => vendor.provider == 'chatra' && vendor.ready)
      await page.waitForFunction(() =>
        document.querySelector('[data-testid="state"]')?.textContent?.includes('"visible":false'),
      )
      expect(page.vendorScriptRequests()).toHaveLength(1)
    } finally {
      // Leave the page first: it may still fetch chunks, and a closed server would fail them.
      await page.goto('about:blank')
      await chatra.close()
    }
  })
})
