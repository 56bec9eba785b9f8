// How much later `load: 'eager'` reaches the vendor: with the provider named (its chunk and the
// engine's load side by side), imported up front (the engine's chunk alone), and named with the
// engine in the first load, as before chatmount's facade (issue 24).
// Run: pnpm --filter browser-timing-tests bench
// Prints the median over alternating runs of each page; asserts nothing about time.
import { it } from 'vitest'
import { startFixture } from '../src/fixturePage'

const RUNS = 25

it('eager: from createChat to the vendor script request', async () => {
  const fixture = await startFixture()
  const timings: Record<string, number[]> = {
    'by-object': [],
    'by-name': [],
    'by-name-up-front': [],
  }
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
  const [object, name, upFront] = ['by-object', 'by-name', 'by-name-up-front'].map((page) =>
    median(timings[page]!),
  ) as [number, number, number]
  console.log(
    `eager, createChat → vendor script request, median of ${RUNS}: provider object ${object.toFixed(1)} ms, ` +
      `provider by name ${name.toFixed(1)} ms, by name with the engine in the first load ${upFront.toFixed(1)} ms ` +
      `(the engine's own chunk: +${(name - upFront).toFixed(1)} ms)`,
  )
})
