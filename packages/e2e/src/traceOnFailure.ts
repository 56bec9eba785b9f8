// A Vitest setup file for the browser tests: each test's part of every open browser's Playwright
// trace is kept when the test fails, in `test-results/` of the package under test, and dropped when
// it passes. Open one with `npx playwright show-trace <file>`.
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { beforeEach } from 'vitest'
import { openBrowsers } from './launchBrowser'

beforeEach(async ({ task, onTestFinished }) => {
  // Browsers a test opens itself start their trace then; they are not this test's to cut.
  const recording = new Set<BrowserContext>()
  for (const context of openBrowsers) {
    await context.tracing.startChunk()
    recording.add(context)
  }
  // Runs once the test and its afterEach hooks are over, with their outcome.
  onTestFinished(async () => {
    const failed = task.result?.state == 'fail'
    const name = task.name.replace(/[^\w-]+/g, '-').slice(0, 80)
    let index = 0
    for (const context of recording) {
      // A browser the test closed has nothing left to save.
      if (!openBrowsers.has(context)) continue
      const path = join(process.cwd(), 'test-results', `${name}-${index++}.zip`)
      await context.tracing.stopChunk(failed ? { path } : undefined)
      if (failed) console.error(`The failed test's Playwright trace: ${path}`)
    }
  })
})
