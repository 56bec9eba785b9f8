import { emulatorFiles } from '@chatmount/testing'
import type { Page, Route } from 'playwright-core'

type UrlPattern = string | RegExp

/** A playwright Page that also records what went wrong in it and which vendor scripts it fetched. */
export interface WatchedPage extends Page {
  /** Every uncaught error and console error so far, except failed loads of requests `block()` aborted. */
  problems(): string[]
  /**
   * URLs of the requests for `/emulators/<provider>.js` (any provider when none is named): the
   * vendor scripts the page asked for, not the ones a vendor's script adds itself.
   */
  vendorScriptRequests(provider?: string): string[]
  /** Abort matching requests, as a content blocker would, until `unblock()`. */
  block(pattern: UrlPattern): Promise<void>
  unblock(): Promise<void>
  /** Hold matching requests (the page sees them pending) until the returned function lets them through. */
  hold(pattern: UrlPattern): Promise<() => Promise<void>>
}

const vendorScript = /\/emulators\/([^/]+)\.js$/
// The scripts a page asks for, one per vendor; not what a vendor's own script asks for after it
// (Chaport's insert.js adds its main bundle, `chaport-main.js`).
const pageScripts = new Set(Object.keys(emulatorFiles))

/** Start watching `page`: call it before the first navigation so nothing is missed. */
export function watchPage(page: Page): WatchedPage {
  const problems: string[] = []
  const vendorRequests: Array<{ provider: string; url: string }> = []
  const blockedUrls = new Set<string>()
  const blocks: Array<{ pattern: UrlPattern; handler: (route: Route) => Promise<void> }> = []

  page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`))
  page.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (text.startsWith('Failed to load resource') && blockedUrls.has(message.location().url))
      return
    problems.push(
      `console.error: ${text}${message.location().url ? ` (${message.location().url})` : ''}`,
    )
  })
  page.on('request', (request) => {
    const match = vendorScript.exec(new URL(request.url()).pathname)
    if (match && pageScripts.has(match[1]!))
      vendorRequests.push({ provider: match[1]!, url: request.url() })
  })

  const extras = {
    problems: () => [...problems],
    vendorScriptRequests: (provider?: string) =>
      vendorRequests
        .filter((request) => provider === undefined || request.provider === provider)
        .map((request) => request.url),
    async block(pattern: UrlPattern) {
      const handler = async (route: Route) => {
        blockedUrls.add(route.request().url())
        await route.abort('blockedbyclient')
      }
      blocks.push({ pattern, handler })
      await page.route(pattern, handler)
    },
    async unblock() {
      for (const { pattern, handler } of blocks.splice(0)) await page.unroute(pattern, handler)
    },
    async hold(pattern: UrlPattern) {
      const held: Route[] = []
      let holding = true
      const handler = async (route: Route) => {
        if (holding) held.push(route)
        else await route.fallback()
      }
      await page.route(pattern, handler)
      return async () => {
        holding = false
        await page.unroute(pattern, handler)
        for (const route of held.splice(0)) await route.fallback()
      }
    },
  }
  return Object.assign(page, extras)
}
