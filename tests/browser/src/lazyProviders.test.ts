// A page downloads only the provider it uses: a chat that names 'chatra' fetches chatra's chunk,
// one small same-origin request before the vendor's script, and no other provider's code.
import { vendors } from '@chatmount/core/vendors'
import { type WatchedPage } from '@chatmount/e2e'
import { expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'

const fixture = fixturePerFile()

/** The page's script requests, in order, as paths. */
async function scriptRequests(path: string) {
  const requests: string[] = []
  const page: WatchedPage = fixture.watch(await fixture.fixture.browser.newPage())
  page.on('request', (request) => {
    if (request.resourceType() == 'script') requests.push(new URL(request.url()).pathname)
  })
  await page.goto(`${fixture.fixture.server.url}/${path}`, { waitUntil: 'load' })
  await page.waitForFunction(() => (window as any).chat?.getState().status === 'ready')
  return requests
}

it('by name: the provider’s chunk, then the vendor’s script; no other provider is fetched', async () => {
  const requests = await scriptRequests('by-name.html')
  const vendor = requests.indexOf('/emulators/chatra.js')
  expect(vendor).toBeGreaterThan(0)
  const chunks = requests.slice(1, vendor)
  expect(chunks.filter((path) => /chatra/.test(path))).toHaveLength(1)
  for (const other of Object.keys(vendors).filter((name) => name !== 'chatra')) {
    expect(requests.filter((path) => path.includes(other))).toEqual([])
  }
})

it('by object: the provider is in the first bundle, and the vendor’s script comes next', async () => {
  const requests = await scriptRequests('by-object.html')
  expect(requests.indexOf('/emulators/chatra.js')).toBe(
    requests.filter((path) => path.startsWith('/split/')).length,
  )
})
