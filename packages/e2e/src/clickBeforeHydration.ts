import { expect } from 'vitest'
import { waitForEmulator } from './emulator'
import type { WatchedPage } from './watchedPage'

export interface ClickBeforeHydration {
  /** The server-rendered page with a launcher on it. */
  url: string
  /** The launcher to click. */
  launcher: string
  /** The app's own scripts: held, so the page stays as the server rendered it, until the click is made. */
  appScripts: RegExp
}

/**
 * A visitor clicks a server-rendered launcher before the app has hydrated (its scripts are held by
 * the test, as a slow network holds them): nothing can act yet; once they arrive and the app
 * hydrates, the chat opens, with one vendor script.
 */
export async function clickBeforeHydration(
  page: WatchedPage,
  { url, launcher, appScripts }: ClickBeforeHydration,
): Promise<void> {
  const release = await page.hold(appScripts)
  await page.goto(url, { waitUntil: 'commit' })
  const button = page.locator(launcher).first()
  await button.waitFor()
  const box = (await button.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await page.waitForTimeout(200)
  expect(page.vendorScriptRequests(), 'nothing acts before hydration').toEqual([])
  await release()
  await waitForEmulator(page, (vendor) => vendor.ready && vendor.isOpen, 10_000)
  expect(page.vendorScriptRequests()).toHaveLength(1)
}
