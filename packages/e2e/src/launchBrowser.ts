import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { watchPage } from './watchedPage'
import type { WatchedPage } from './watchedPage'

export interface BrowserHandle {
  /** A new tab whose errors and vendor requests are recorded from the start. */
  newPage(): Promise<WatchedPage>
  /** Close the browser and remove its profile. */
  close(): Promise<void>
}

/** The system Chromium: test tools cannot download browsers here, Debian ships one. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]

/** The browsers open now, each recording a Playwright trace (kept for a failed test: traceOnFailure). */
export const openBrowsers = new Set<BrowserContext>()

/** Headless Chromium with a fresh, throw-away profile. */
export async function launchBrowser(): Promise<BrowserHandle> {
  const profile = await mkdtemp(join(tmpdir(), 'chatmount-e2e-'))
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    })
    await context.tracing.start({ snapshots: true })
    openBrowsers.add(context)
    return {
      newPage: async () => watchPage(await context.newPage()),
      async close() {
        openBrowsers.delete(context)
        await context.close()
        await rm(profile, { recursive: true, force: true })
      },
    }
  } catch (error) {
    await rm(profile, { recursive: true, force: true })
    throw error
  }
}
