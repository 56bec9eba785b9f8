import { cp, mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { launchBrowser, serveStatic, type BrowserHandle, type ServeStaticOptions, type StaticServer, type WatchedPage } from '@chatmount/e2e'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const emulators = join(dirname(createRequire(import.meta.url).resolve('@chatmount/testing/package.json')), 'dist', 'browser')

export interface Fixture {
  server: StaticServer
  browser: BrowserHandle
  /** A fresh page on the fixture, loaded, with nothing of chatmount started yet. */
  open(): Promise<WatchedPage>
  close(): Promise<void>
}

/**
 * Bundle the fixture page from the built packages (as an app's bundler would, in development
 * mode, so warnings are on), serve it with the emulators under `/emulators/`, and start Chromium.
 */
export async function startFixture(options: ServeStaticOptions = {}): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'chatmount-fixture-'))
  await build({
    entryPoints: [join(fixtures, 'fixture.ts')],
    outfile: join(dir, 'fixture.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  })
  await cp(join(fixtures, 'index.html'), join(dir, 'index.html'))
  await cp(emulators, join(dir, 'emulators'), { recursive: true })
  const server = await serveStatic(dir, options)
  const browser = await launchBrowser()
  return {
    server,
    browser,
    async open() {
      const page = await browser.newPage()
      await page.goto(`${server.url}/index.html`, { waitUntil: 'load' })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
