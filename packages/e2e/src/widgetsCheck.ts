import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { expect } from 'vitest'
import { readEmulator, visitorMessage, waitForEmulator } from './emulator'
import { nothingLeft, snapshot } from './pageState'
import type { WatchedPage } from './watchedPage'

/** The check's name, the same in every demo's report. */
export const WIDGETS_CHECK =
  'another widget on the support page: one vendor in the page at a time, nothing of the other left but what it stored, and each conversation still there on return'

/** What each vendor stored for its visitor (VENDORS.md): it stays when the site switches widgets. */
const storedIds = { chatra: 'Chatra.clientId', raychat: 'rayToken' }

export interface WidgetsCheckOptions {
  /** The nav's accessible name. Default `'Demo routes'`. */
  nav?: string
  /** The link to, and heading of, the page with the support team's widget. Default `'Support'`. */
  support?: string
  /** The link to, and heading of, the page the check starts on, with Chatra. Default `'Home'`. */
  home?: string
}

/**
 * The check every routed demo passes: its chat is Chatra (`?provider=chatra`), and its Support page
 * (`supportWidget`: Raychat, a sales and a support team on one site) another widget. On a page
 * open at Home with the chat created, the visitor writes to each and goes back and forth through
 * the nav's links; each page's heading is an `<h2>` with the link's name.
 */
export async function widgetsCheck(
  page: WatchedPage,
  { nav = 'Demo routes', support = 'Support', home = 'Home' }: WidgetsCheckOptions = {},
): Promise<void> {
  async function follow(name: string) {
    await page
      .getByRole('navigation', { name: nav })
      .getByRole('link', { name, exact: true })
      .click()
    await page.getByRole('heading', { name, level: 2, exact: true }).waitFor()
    await page.waitForTimeout(PAGE_VIEW_WAIT)
  }
  /** One widget, and only it, is in the page: its globals, elements and one script. */
  async function only(provider: 'chatra' | 'raychat') {
    const vendor = await waitForEmulator(
      page,
      (vendor) => vendor.provider == provider && vendor.ready,
    )
    const state = await snapshot(page)
    expect(nothingLeft(state, provider), `nothing but ${provider} in the page`).toEqual([])
    expect(state.scripts[provider], `one ${provider} script`).toBe(1)
    return vendor
  }
  const stored = () =>
    page.evaluate(
      (keys) => keys.map((key) => localStorage.getItem(key) !== null),
      Object.values(storedIds),
    )
  const texts = async () => (await readEmulator(page))!.messages.map((message) => message.text)

  await only('chatra')
  await visitorMessage(page, 'A quote for 40 seats, please')
  await follow(support)
  await only('raychat')
  // Chatra is gone from the page, but not what it stored for its visitor.
  expect(await stored()).toEqual([true, true])
  expect(await texts()).toEqual([])
  await visitorMessage(page, 'My invoice is wrong')

  await follow(home)
  await only('chatra')
  expect(await texts()).toEqual(['A quote for 40 seats, please'])
  await follow(support)
  await only('raychat')
  expect(await texts()).toEqual(['My invoice is wrong'])
}
