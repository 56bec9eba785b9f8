import { selectors } from './demoContract'
import type { DemoAction, ShownState } from './demoContract'
import type { WatchedPage } from './watchedPage'

export interface DemoVisitor {
  name: string
  email: string
  phone: string
}

/** Drives one demo page through the DOM contract only. */
export interface DemoPage {
  readonly page: WatchedPage
  /** Open the demo with these URL parameters (`provider`, `load`, …) and wait for the page's `load`. */
  visit(params: Record<string, string>): Promise<void>
  click(action: DemoAction): Promise<void>
  identify(visitor: DemoVisitor): Promise<void>
  state(): Promise<ShownState>
  /** `document.body.dataset.status` becomes `status`. */
  waitForStatus(status: string, timeout?: number): Promise<void>
  /** The text of every event-log entry named `name`. */
  events(name: string): Promise<string[]>
  /** An event-log entry named `name` (containing `text`, when given) appears. */
  waitForEvent(name: string, text?: string, timeout?: number): Promise<void>
  /** How many `script[data-chatmount]` elements the page holds. */
  vendorScripts(): Promise<number>
}

export function demoPage(page: WatchedPage, baseUrl: string): DemoPage {
  return {
    page,
    async visit(params) {
      await page.goto(`${baseUrl}/?${new URLSearchParams(params)}`, { waitUntil: 'load' })
      await page.locator(selectors.create).waitFor()
    },
    click: (action) => page.locator(selectors.action(action)).click(),
    async identify(visitor) {
      const form = page.locator(selectors.identifyForm)
      await form.locator('input[name="name"]').fill(visitor.name)
      await form.locator('input[name="email"]').fill(visitor.email)
      await form.locator('input[name="phone"]').fill(visitor.phone)
      await form.locator(selectors.action('identify')).click()
    },
    async state() {
      return JSON.parse((await page.locator(selectors.state).textContent()) ?? 'null') as ShownState
    },
    async waitForStatus(status, timeout = 5000) {
      await page
        .waitForFunction((expected) => document.body.dataset.status === expected, status, {
          timeout,
        })
        .catch(async () => {
          const actual = await page.evaluate(() => document.body.dataset.status)
          throw new Error(`body[data-status] stayed "${actual}", expected "${status}"`)
        })
    },
    events: (name) => page.locator(selectors.event(name)).allTextContents(),
    async waitForEvent(name, text, timeout = 5000) {
      const entries = page.locator(selectors.event(name))
      await (text === undefined ? entries : entries.filter({ hasText: text }))
        .first()
        .waitFor({ timeout })
        .catch(async () => {
          const log = await page.locator(`${selectors.eventLog} > li`).allTextContents()
          throw new Error(
            `No "${name}" entry${text ? ` containing "${text}"` : ''} in the event log: ${JSON.stringify(log)}`,
          )
        })
    },
    vendorScripts: () => page.locator(selectors.vendorScript).count(),
  }
}
