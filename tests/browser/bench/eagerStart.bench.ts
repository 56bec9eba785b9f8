// How much later `load: 'eager'` reaches the vendor when the provider is named (its chunk loads
// first) than when it is imported up front. Run: pnpm --filter browser-timing-tests bench
// Prints the median over alternating runs of each page; asserts nothing about time.
import { it } from 'vitest'
import { startFixture } from '../src/fixturePage'

const RUNS = 25

it('eager: from createChat to the vendor script request', async () => {
  const fixture = await startFixture()
  const timings: Record<string, number[]> = { 'by-object': [], 'by-name': [] }
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const name of Object.keys(timings)) {
        const page = await fixture.open(`${name}.html`)
        await page.waitForFunction(() => (window as any).chat?.getState().status === 'ready')
        timings[name]!.push(
          await page.evaluate(() => {
            const created = performance.getEntriesByName('created')[0]!.startTime
            const vendor = performance
              .getEntriesByType('resource')
              .find((entry) => entry.name.endsWith('/emulators/chatra.js'))!
            return vendor.startTime - created
          }),
        )
        await page.close()
      }
    }
  } finally {
    await fixture.close()
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const [object, name] = [median(timings['by-object']!), median(timings['by-name']!)]
  console.log(
    `eager, createChat → vendor script request, median of ${RUNS}: provider object ${object.toFixed(1)} ms, provider by name ${name.toFixed(1)} ms (+${(name - object).toFixed(1)} ms, one same-origin chunk)`,
  )
})
