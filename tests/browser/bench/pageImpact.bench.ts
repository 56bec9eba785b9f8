// What a chat costs the page, for every load strategy, beside the same page without it: a heavy
// fake vendor (a 300 kB script that holds the main thread for 150 ms, answered 300 ms after it is
// asked for) served at Chatra's real address; a visitor's pointer that travels to the launcher,
// rests on it and clicks where it was. Per run: the vendor requests and long tasks before the
// pointer reaches the launcher (intent), and from that moment to the chat open on screen.
// Run: pnpm --filter browser-timing-tests bench. Prints medians; asserts nothing about time.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { it } from 'vitest'
import type { WatchedPage } from '@chatmount/e2e'
import { startFixture } from '../src/fixturePage'

const RUNS = 7
const VENDOR = 'https://call.chatra.io/chatra.js'
const LATENCY = 300
const TASK = 150
const SIZE = 300_000
const variants = [
  ['impact', 'none'],
  ['impact', 'eager'],
  ['impact', 'idle'],
  ['impact', 'visible'],
  ['impact', 'interaction'],
  ['impact', 'manual'],
  // As before chatmount's facade: the engine in the first load.
  ['impact-up-front', 'interaction'],
  ['impact-up-front', 'manual'],
] as const

/** The emulator's Chatra, made heavy: a 150 ms task before it runs, padded to 300 kB. */
async function heavyVendor() {
  const testing = dirname(createRequire(import.meta.url).resolve('@chatmount/testing/package.json'))
  const emulator = await readFile(join(testing, 'dist', 'browser', 'chatra.js'), 'utf8')
  const task = `{const end=performance.now()+${TASK};while(performance.now()<end);}\n`
  const padding = `/*${'x'.repeat(Math.max(0, SIZE - emulator.length - task.length - 4))}*/`
  return task + emulator + padding
}

interface Run {
  vendorRequestsBeforeIntent: number
  longTasksBeforeIntent: number
  blockingBeforeIntent: number
  hoverToOpen: number | null
}

async function measure(page: WatchedPage, url: string, vendor: string): Promise<Run> {
  await page.addInitScript(() => {
    const tasks: Array<[number, number]> = ((window as any).__longTasks = [])
    new PerformanceObserver((list) =>
      list.getEntries().forEach((entry) => tasks.push([entry.startTime, entry.duration])),
    ).observe({ type: 'longtask', buffered: true })
  })
  await page.route(VENDOR, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, LATENCY))
    await route.fulfill({ body: vendor, contentType: 'text/javascript' })
  })
  await page.goto(url, { waitUntil: 'load' })
  // The visitor reads a while: idle comes, and what loads by itself loads.
  await page.waitForTimeout(1500)
  const box = (await page.locator('#launcher').boundingBox())!
  const spot = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await page.mouse.move(spot.x - 300, spot.y - 250)
  await page.mouse.move(spot.x, spot.y, { steps: 12 })
  // Stamp the first frame the chat is open, from the moment the pointer came to rest on it.
  await page.evaluate(() => {
    const frame = () => {
      if ((window as any).__chatmountEmulator?.isOpen) (window as any).__openAt = performance.now()
      else requestAnimationFrame(frame)
    }
    requestAnimationFrame(frame)
  })
  await page.waitForTimeout(300)
  await page.mouse.click(spot.x, spot.y)
  const opened = await page
    .waitForFunction(() => (window as any).__openAt, undefined, { timeout: 10_000 })
    .then(
      () => true,
      () => false,
    )
  return page.evaluate(
    ({ vendorUrl, opened }) => {
      const hover = performance.getEntriesByName('hover')[0]!.startTime
      const before = ((window as any).__longTasks as Array<[number, number]>).filter(
        ([start]) => start < hover,
      )
      return {
        vendorRequestsBeforeIntent: performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name == vendorUrl && entry.startTime < hover).length,
        longTasksBeforeIntent: before.reduce((sum, [, duration]) => sum + duration, 0),
        blockingBeforeIntent: before.reduce(
          (sum, [, duration]) => sum + Math.max(0, duration - 50),
          0,
        ),
        hoverToOpen: opened ? (window as any).__openAt - hover : null,
      }
    },
    { vendorUrl: VENDOR, opened },
  )
}

it('page impact of each load strategy, with a heavy vendor', async () => {
  const vendor = await heavyVendor()
  const fixture = await startFixture()
  const runs = new Map<string, Run[]>(variants.map(([page, load]) => [`${page} ${load}`, []]))
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [page, load] of variants) {
        const tab = await fixture.browser.newPage()
        try {
          runs
            .get(`${page} ${load}`)!
            .push(await measure(tab, `${fixture.server.url}/${page}.html?load=${load}`, vendor))
        } finally {
          await tab.close()
        }
      }
    }
  } finally {
    await fixture.close()
  }
  const median = (values: number[]) =>
    values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! : NaN
  const rows = [...runs].map(([name, results]) => {
    const of = (pick: (run: Run) => number | null) =>
      median(results.map(pick).filter((value): value is number => value != null))
    return `| ${name.replace('impact-up-front', 'engine in first load,').replace('impact ', '')} | ${(of((r) => r.vendorRequestsBeforeIntent) * SIZE) / 1000} kB | ${of((r) => r.longTasksBeforeIntent).toFixed(0)} ms | ${of((r) => r.blockingBeforeIntent).toFixed(0)} ms | ${name.endsWith('none') ? '—' : `${of((r) => r.hoverToOpen).toFixed(0)} ms`} |`
  })
  console.log(
    [
      `page impact, median of ${RUNS} (vendor: ${SIZE / 1000} kB, ${TASK} ms task, ${LATENCY} ms latency)`,
      '| strategy | vendor bytes before intent | long tasks before intent | blocking (>50 ms) before intent | hover → open |',
      '|---|---|---|---|---|',
      ...rows,
    ].join('\n'),
  )
})
