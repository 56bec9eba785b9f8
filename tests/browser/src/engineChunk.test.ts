// chatmount's own facade: a page's first load carries no engine. The engine's chunk is asked for as
// the chat is created, beside the provider's; what the visitor does while it is on its way counts.
import { expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'
import { snapshot } from '@chatmount/e2e'

const fixture = fixturePerFile()
const engineChunk = /\/split\/createClient-[\w-]+\.js$/

it('the engine and the provider are fetched at creation, side by side; the vendor waits for intent', async () => {
  const page = fixture.watch(await fixture.fixture.browser.newPage())
  const requests: string[] = []
  page.on('request', (request) => requests.push(new URL(request.url()).pathname))
  await page.goto(`${fixture.fixture.server.url}/by-name.html?load=interaction`)
  await page.waitForFunction(() => (window as any).chat.getState().status === 'waiting')
  await page.waitForLoadState('networkidle')
  expect(requests.filter((path) => engineChunk.test(path))).toHaveLength(1)
  expect(requests.filter((path) => /\/split\/chatra-[\w-]+\.js$/.test(path))).toHaveLength(1)
  expect(page.vendorScriptRequests()).toEqual([])
  await page.mouse.move(10, 10)
  await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
  expect(page.vendorScriptRequests()).toHaveLength(1)
})

it('an interaction while the engine is held still loads the vendor when it arrives, once', async () => {
  const page = fixture.watch(await fixture.fixture.browser.newPage())
  const release = await page.hold(engineChunk)
  await page.goto(`${fixture.fixture.server.url}/by-name.html?load=interaction`)
  await page.waitForFunction(() => (window as any).chat.getState().status === 'waiting')
  await page.mouse.move(20, 20)
  await page.mouse.move(40, 40)
  expect(page.vendorScriptRequests()).toEqual([])
  await release()
  // No further interaction: the one made while the engine was on its way counts.
  await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
  expect(page.vendorScriptRequests()).toHaveLength(1)
  expect((await snapshot(page)).runs).toEqual({ chatra: 1 })
})

it('a click before the engine is here opens the chat once it is', async () => {
  const page = fixture.watch(await fixture.fixture.browser.newPage())
  const release = await page.hold(engineChunk)
  await page.goto(`${fixture.fixture.server.url}/by-name.html?load=manual`)
  await page.evaluate(() => (window as any).chat.open())
  expect(await page.evaluate(() => (window as any).chat.getState().status)).toBe('loading')
  await release()
  await page.waitForFunction(() => (window as any).chat.getState().open === true)
  expect((await snapshot(page)).runs).toEqual({ chatra: 1 })
})

it('the engine blocked (a stale deploy, offline): load_failed, nothing thrown; retry() loads', async () => {
  const page = fixture.watch(await fixture.fixture.browser.newPage())
  fixture.allow(/createClient|load_failed|Failed to fetch dynamically imported module/)
  await page.block(engineChunk)
  await page.goto(`${fixture.fixture.server.url}/by-name.html?load=manual`)
  const failed = await page.evaluate(() =>
    (window as any).chat.load().then(
      () => 'loaded',
      (error: any) => error.code,
    ),
  )
  expect(failed).toBe('load_failed')
  expect(await page.evaluate(() => (window as any).chat.getState().status)).toBe('error')
  await page.unblock()
  expect(await page.evaluate(() => (window as any).chat.retry().then(() => 'ready'))).toBe('ready')
  expect((await snapshot(page)).runs).toEqual({ chatra: 1 })
})
