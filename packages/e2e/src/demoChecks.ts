import { GIVE_WAY_DELAY } from '@chatmount/core'
import { clickBeforeHydration } from './clickBeforeHydration'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { demoProviders, selectors } from './demoContract'
import type { DemoProvider } from './demoContract'
import { demoPage } from './demoPage'
import type { DemoPage } from './demoPage'
import { agentMessage, waitForEmulator } from './emulator'
import { launchBrowser } from './launchBrowser'
import type { BrowserHandle } from './launchBrowser'
import { pnpmBuild } from './pnpmBuild'
import { ROUTE_CHECK, routeCheck } from './routeCheck'
import { WIDGETS_CHECK, widgetsCheck } from './widgetsCheck'
import { serveStatic } from './serveStatic'
import type { StaticServer } from './serveStatic'
import type { WatchedPage } from './watchedPage'

export interface DemoChecksOptions {
  /** The demo app's folder; the checks serve its build from `<appDir>/dist`. */
  appDir: string
  /** Names the suite in the test report. */
  name: string
  /** Builds the app when `<appDir>/dist/index.html` is missing; by default `pnpm run build` in `appDir`. */
  build?: () => Promise<void>
  /** The page has a framework launcher (`button[data-chat-launcher]`); default true. */
  launcher?: boolean
  /**
   * The provider matrix (every provider's checks) and the rules core decides the same in every
   * framework (the state following a vendor's own settings); default true. A framework's demo turns
   * it off: the matrix runs once, in the core demo, and the framework's checks are what only it can
   * break (the options form, errors, launchers, routes) with one provider, Chaport, whose traits
   * cover open, close, events and messages.
   */
  matrix?: boolean
  /**
   * The page has the demo routes (`demoRoutes`, `nav[aria-label="Demo routes"]`) and follows them;
   * default false.
   */
  routes?: boolean
  /**
   * Its nav (`nav[aria-label="Demo routes"]`) leads to a Support page with the support team's own
   * widget (`supportWidget`) and back Home, each page's heading an `<h2>`; default: `routes`.
   */
  widgets?: boolean
  /**
   * The page is server-rendered (or prerendered) and hydrates: its own scripts, which the check of
   * a click before hydration holds back.
   */
  serverRendered?: { appScripts: RegExp }
}

const visitor = { name: 'Ada Lovelace', email: 'ada@example.com', phone: '+44 20 7946 0001' }
const vendorScripts = /\/emulators\//

/**
 * The browser checks every demo app passes, in real Chromium against its production build:
 * call it from one test file per demo app. One browser per file, one page per test; each test
 * also fails on any uncaught error or console error in its page.
 */
export function demoChecks(options: DemoChecksOptions): void {
  const { appDir, name, launcher = true, matrix = true, routes = false, serverRendered } = options
  const { widgets = routes } = options
  const providers = matrix ? (Object.keys(demoProviders) as DemoProvider[]) : ['chaport' as const]
  let server: StaticServer
  let browser: BrowserHandle
  let page: WatchedPage
  let demo: DemoPage

  /** Open the demo for one provider and strategy; nothing is clicked yet. */
  const visit = (provider: DemoProvider, load: string) => demo.visit({ provider, load })
  const settle = () => page.waitForTimeout(300)

  describe(`${name} in Chromium`, () => {
    beforeAll(async () => {
      if (!existsSync(join(appDir, 'dist', 'index.html'))) {
        await (options.build ?? (() => pnpmBuild(appDir)))()
      }
      server = await serveStatic(join(appDir, 'dist'), { spaFallback: true })
      browser = await launchBrowser()
    }, 300_000)

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    beforeEach(async () => {
      page = await browser.newPage()
      demo = demoPage(page, server.url)
    })

    afterEach(async () => {
      try {
        expect(page.problems(), 'uncaught errors and console errors in the page').toEqual([])
      } finally {
        await page.close()
      }
    })

    it('re-creates the chat with the setup form’s settings', async () => {
      await visit('raychat', 'manual')
      await demo.click('open')
      await waitForEmulator(page, (emulator) => emulator.provider === 'raychat' && emulator.ready)
      await page.locator(selectors.provider).selectOption('chatra')
      await page.locator(selectors.create).click()
      await demo.waitForStatus('idle')
      expect(
        await page.locator(`${selectors.vendorScript}[data-chatmount="raychat"]`).count(),
      ).toBe(0)
      await demo.click('open')
      await waitForEmulator(
        page,
        (emulator) => emulator.provider === 'chatra' && emulator.ready && emulator.isOpen,
      )
      expect(await page.locator(selectors.vendorScript).getAttribute('data-chatmount')).toBe(
        'chatra',
      )
    })

    it('shows an invalid token as a config error, and adds nothing to the page', async () => {
      await demo.visit({ provider: 'chatra', token: 'not a token!', load: 'eager' })
      await page
        .locator(selectors.configError)
        .filter({ hasText: 'token' })
        .waitFor({ timeout: 5000 })
      await demo.waitForStatus('none')
      await settle()
      expect(page.vendorScriptRequests()).toEqual([])
      expect(await demo.vendorScripts()).toBe(0)
    })

    describe.runIf(matrix)('the state follows what the vendor’s settings make it do', () => {
      it('a widget that starts hidden (Chatra startHidden) is visible: false, and show() shows it', async () => {
        await demo.visit({
          provider: 'chatra',
          load: 'eager',
          options: JSON.stringify({ startHidden: true }),
        })
        await demo.waitForStatus('ready')
        expect(await demo.state()).toMatchObject({ visible: false })
        expect((await waitForEmulator(page, (emulator) => emulator.ready)).isVisible).toBe(false)
        await demo.click('show')
        await waitForEmulator(page, (emulator) => emulator.isVisible)
        await expect.poll(() => demo.state()).toMatchObject({ visible: true })
      })

      it('onWebChat started maximized (max: 1) is open: true, and toggle minimizes it', async () => {
        await demo.visit({
          provider: 'onwebchat',
          load: 'eager',
          options: JSON.stringify({ max: 1 }),
        })
        await demo.waitForStatus('ready')
        expect(await demo.state()).toMatchObject({ open: true })
        await demo.click('toggle')
        await waitForEmulator(page, (emulator) => !emulator.isOpen)
        await expect.poll(() => demo.state()).toMatchObject({ open: false })
      })

      it('Raychat SEO_FRIENDLY waits for the visitor without a timeout error, and starts at their first input', async () => {
        await demo.visit({
          provider: 'raychat',
          load: 'eager',
          timeout: '500',
          options: JSON.stringify({ loadType: 'SEO_FRIENDLY' }),
        })
        await page.waitForTimeout(1200)
        expect(await demo.state()).toMatchObject({ status: 'waiting', error: null })
        expect(await demo.events('error')).toEqual([])
        expect(page.vendorScriptRequests('raychat')).toHaveLength(1)
        await page.mouse.click(4, 4)
        await demo.waitForStatus('ready')
      })
    })

    describe.skipIf(!launcher)('the launchers, as a visitor uses them', () => {
      /** The middle of an element, read now: where the visitor's pointer rests. */
      const middle = async (selector: string) => {
        const box = (await page.locator(selector).boundingBox())!
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
      }
      const visibility = (selector: string) =>
        page.locator(selector).evaluate((element) => getComputedStyle(element).visibility)
      const opened = () => waitForEmulator(page, (emulator) => emulator.ready && emulator.isOpen)
      // Longer than a launcher that gives way waits once the vendor is ready.
      const afterReady = async () => {
        await demo.waitForStatus('ready')
        await page.waitForTimeout(GIVE_WAY_DELAY + 300)
      }

      it('the pointer rests on the launcher while the vendor loads; a click after it is ready opens the chat', async () => {
        await visit('chatra', 'manual')
        const spot = await middle(selectors.launcher)
        await page.mouse.move(spot.x, spot.y)
        await afterReady()
        await page.mouse.click(spot.x, spot.y)
        await opened()
      })

      it('focus loads it; once the vendor is ready focus is still on it, and Enter opens the chat', async () => {
        await visit('chatra', 'manual')
        await page.locator(selectors.launcher).focus()
        await afterReady()
        expect(
          await page.evaluate(() => document.activeElement?.matches('[data-chat-launcher]')),
        ).toBe(true)
        await page.keyboard.press('Enter')
        await opened()
      })

      it('load=idle: the vendor is ready before the visitor arrives; a click on the launcher opens the chat', async () => {
        await visit('chatra', 'idle')
        await afterReady()
        const spot = await middle(selectors.launcher)
        await page.mouse.click(spot.x, spot.y)
        await opened()
      })

      it.skipIf(!serverRendered)(
        'a click on the server-rendered launcher before hydration opens the chat once hydrated',
        async () => {
          await clickBeforeHydration(page, {
            url: `${server.url}/?provider=chatra&load=manual`,
            launcher: selectors.launcher,
            appScripts: serverRendered!.appScripts,
          })
        },
      )

      it('the facade stays while pointed at and opens on click, then gives way to the vendor’s own button', async () => {
        await visit('chatra', 'manual')
        const spot = await middle(selectors.facade)
        await page.mouse.move(spot.x, spot.y)
        await afterReady()
        expect(await visibility(selectors.facade)).toBe('visible')
        await page.mouse.click(spot.x, spot.y)
        await opened()
        await page.mouse.move(1, 1)
        await expect.poll(() => visibility(selectors.facade)).toBe('hidden')
        // The vendor's own button is in its place: a click there reaches it (and closes the chat).
        await page.mouse.click(spot.x, spot.y)
        await waitForEmulator(page, (emulator) => !emulator.isOpen)
      })

      it('the facade keeps the focus it has: Enter opens the chat, and it gives way only once focus moves on', async () => {
        await visit('chatra', 'manual')
        await page.locator(selectors.facade).focus()
        await afterReady()
        expect(await visibility(selectors.facade)).toBe('visible')
        expect(await page.evaluate(() => document.activeElement?.closest('#facade') != null)).toBe(
          true,
        )
        await page.keyboard.press('Enter')
        await opened()
        await page.locator(selectors.launcher).focus()
        await expect.poll(() => visibility(selectors.facade)).toBe('hidden')
        expect(
          await page.evaluate(() => document.activeElement?.matches('[data-chat-launcher]')),
        ).toBe(true)
      })
    })

    for (const provider of providers) {
      const traits = demoProviders[provider]

      describe(provider, () => {
        it('fetches no vendor bytes until asked, then the vendor script once', async () => {
          await visit(provider, 'manual')
          await settle()
          expect(page.vendorScriptRequests()).toEqual([])
          expect(await demo.vendorScripts()).toBe(0)
          expect(await demo.state()).toMatchObject({ status: 'idle' })

          await demo.click(traits.open ? 'open' : 'load')
          await demo.waitForStatus('ready')
          await demo.click('load')
          await demo.click('open')
          await settle()
          expect(page.vendorScriptRequests(provider)).toHaveLength(1)
          expect(page.vendorScriptRequests()).toHaveLength(1)
          expect(await demo.vendorScripts()).toBe(1)
          expect(await demo.events('ready')).toHaveLength(1)
        })

        if (traits.open) {
          it('open, close and identify reach the vendor', async () => {
            await visit(provider, 'manual')
            await demo.click('open')
            await waitForEmulator(page, (emulator) => emulator.ready && emulator.isOpen)
            await expect.poll(() => demo.state()).toMatchObject({ status: 'ready', open: true })

            await demo.click('close')
            await waitForEmulator(page, (emulator) => !emulator.isOpen)
            await expect.poll(() => demo.state()).toMatchObject({ open: false })

            await demo.identify(visitor)
            const emulator = await waitForEmulator(page, (emulator) =>
              JSON.stringify(emulator.visitor).includes(visitor.email),
            )
            expect(JSON.stringify(emulator.visitor)).toContain(visitor.name)
            expect(await demo.events('error')).toEqual([])
          })
        } else {
          it('reports open and identify as unsupported', async () => {
            await visit(provider, 'manual')
            await demo.click('load')
            await demo.waitForStatus('ready')
            await demo.click('open')
            await demo.waitForEvent('error', 'unsupported')
            await demo.identify(visitor)
            await expect
              .poll(async () =>
                (await demo.events('error')).filter((text) => text.includes('unsupported')),
              )
              .toHaveLength(2)
            expect(await demo.state()).toMatchObject({ status: 'ready', open: false })
          })
        }

        if (traits.messages) {
          it('shows an agent’s message as a message event', async () => {
            await visit(provider, 'manual')
            await demo.click('load')
            await demo.waitForStatus('ready')
            await agentMessage(page, 'Hello from the emulated agent')
            await demo.waitForEvent('message', 'Hello from the emulated agent')
          })
        }

        if (traits.open) {
          it.skipIf(!launcher)(
            'the launcher loads on demand, shows it is busy, and opens the chat',
            async () => {
              await visit(provider, 'manual')
              await settle()
              expect(page.vendorScriptRequests()).toEqual([])
              const button = page.locator(selectors.launcher)
              await button.waitFor({ timeout: 5000 })
              expect(await button.getAttribute('data-status')).toBe('idle')

              const release = await page.hold(vendorScripts)
              await button.click()
              await expect.poll(() => button.getAttribute('aria-busy')).toBe('true')
              expect(await button.getAttribute('data-status')).toBe('loading')
              await release()

              await waitForEmulator(page, (emulator) => emulator.ready && emulator.isOpen)
              await expect.poll(() => demo.state()).toMatchObject({ status: 'ready', open: true })
              expect(page.vendorScriptRequests(provider)).toHaveLength(1)
            },
          )
        }

        it('load=interaction fetches nothing until the first input', async () => {
          await visit(provider, 'interaction')
          await page.waitForTimeout(1000)
          expect(page.vendorScriptRequests()).toEqual([])
          expect(await demo.state()).toMatchObject({ status: 'waiting' })

          await page.mouse.click(4, 4)
          await demo.waitForStatus('ready')
          await settle()
          expect(page.vendorScriptRequests(provider)).toHaveLength(1)
        })

        it('a blocked vendor script shows the error, and retry recovers', async () => {
          await visit(provider, 'manual')
          await page.block(vendorScripts)
          await demo.click('load')
          await demo.waitForStatus('error')
          await demo.waitForEvent('error', 'load_failed')
          expect(await demo.state()).toMatchObject({ status: 'error', error: 'load_failed' })

          await page.unblock()
          await demo.click('retry')
          await demo.waitForStatus('ready')
          expect(await demo.state()).toMatchObject({ status: 'ready', error: null })
          expect(await demo.vendorScripts()).toBe(1)
        })
      })
    }

    if (routes) {
      it(`routes: ${ROUTE_CHECK}`, async () => {
        await visit('chaport', 'eager')
        await routeCheck(page, server.url)
      })
    }

    if (widgets) {
      it(`several widgets: ${WIDGETS_CHECK}`, async () => {
        await visit('chatra', 'eager')
        await widgetsCheck(page)
      })
    }
  })
}

/** `pnpm run build` in the app's folder, its output shown as it runs. */
