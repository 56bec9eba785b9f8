import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
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
  /** A fresh page on the fixture (`index.html`, or another page of it), loaded. */
  open(page?: string): Promise<WatchedPage>
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
  // Two small apps built the way an app's bundler splits code, as ES modules: one names its
  // provider (its chunk loads on demand), one imports it up front.
  await build({
    entryPoints: { 'by-name': join(fixtures, 'byName.ts'), 'by-object': join(fixtures, 'byObject.ts') },
    outdir: join(dir, 'split'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  })
  for (const page of ['by-name', 'by-object']) {
    await writeFile(
      join(dir, `${page}.html`),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${page}</title><script type="module" src="/split/${page}.js"></script>`,
    )
  }
  await cp(emulators, join(dir, 'emulators'), { recursive: true })
  const server = await serveStatic(dir, options)
  const browser = await launchBrowser()
  return {
    server,
    browser,
    async open(path = 'index.html') {
      const page = await browser.newPage()
      await page.goto(`${server.url}/${path}`, { waitUntil: 'load' })
      return page
    },
    async close() {
      await browser.close()
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
