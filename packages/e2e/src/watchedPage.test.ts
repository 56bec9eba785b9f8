import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from './launchBrowser'
import type { BrowserHandle } from './launchBrowser'
import { serveStatic } from './serveStatic'
import type { StaticServer } from './serveStatic'

let dir: string
let server: StaticServer
let browser: BrowserHandle

const page = (body: string) => `<!doctype html><link rel="icon" href="data:,"><body>${body}</body>`

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chatmount-watch-'))
  await mkdir(join(dir, 'emulators'))
  await writeFile(join(dir, 'emulators', 'chatra.js'), 'window.loaded = (window.loaded || 0) + 1')
  await writeFile(
    join(dir, 'index.html'),
    page(`<script>
      function add() { const s = document.createElement('script'); s.src = '/emulators/chatra.js'; document.head.append(s) }
    </script>`),
  )
  await writeFile(
    join(dir, 'broken.html'),
    page(
      `<script>console.error('boom'); setTimeout(() => { throw new Error('uncaught') })</script>`,
    ),
  )
  server = await serveStatic(dir)
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('watchPage', () => {
  it('records console errors and uncaught errors', async () => {
    const tab = await browser.newPage()
    await tab.goto(server.url + '/broken.html')
    await expect.poll(() => tab.problems().length).toBe(2)
    expect(tab.problems()[0]).toContain('console.error: boom')
    expect(tab.problems()[1]).toContain('uncaught: Error: uncaught')
    await tab.close()
  })

  it('counts vendor script requests, and blocks them without reporting the blocked load', async () => {
    const tab = await browser.newPage()
    await tab.goto(server.url)
    expect(tab.vendorScriptRequests()).toEqual([])
    await tab.block(/\/emulators\//)
    await tab.evaluate(() => (window as any).add())
    await expect.poll(() => tab.vendorScriptRequests('chatra').length).toBe(1)
    await tab.unblock()
    await tab.evaluate(() => (window as any).add())
    await expect.poll(() => tab.evaluate(() => (window as any).loaded)).toBe(1)
    expect(tab.vendorScriptRequests()).toHaveLength(2)
    expect(tab.vendorScriptRequests('raychat')).toEqual([])
    expect(tab.problems()).toEqual([])
    await tab.close()
  })

  it('holds requests until released', async () => {
    const tab = await browser.newPage()
    await tab.goto(server.url)
    const release = await tab.hold('**/emulators/*.js')
    await tab.evaluate(() => (window as any).add())
    await tab.waitForTimeout(300)
    expect(await tab.evaluate(() => (window as any).loaded)).toBeUndefined()
    await release()
    await expect.poll(() => tab.evaluate(() => (window as any).loaded)).toBe(1)
    await tab.close()
  })
})
