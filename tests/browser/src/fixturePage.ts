import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { earlyClicksScript } from '@chatmount/core/early'
import { build, type Plugin } from 'esbuild'
import {
  launchBrowser,
  serveStatic,
  type BrowserHandle,
  type ServeStaticOptions,
  type StaticServer,
  type WatchedPage,
} from '@chatmount/e2e'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url))
const emulators = join(
  dirname(createRequire(import.meta.url).resolve('@chatmount/testing/package.json')),
  'dist',
  'browser',
)

export interface Fixture {
  server: StaticServer
  browser: BrowserHandle
  /** A fresh page on the fixture (`index.html`, or another page of it), loaded. */
  open(page?: string): Promise<WatchedPage>
  close(): Promise<void>
}

/** The nonce of the strict-CSP pages (`early-nonce.html`, `early-hash.html`). */
export const EARLY_NONCE = 'c2hhcmVkLXRlc3Qtbm9uY2U'

/** Makes the front's `import("./createClient-….js")` a static import: the engine in the first load. */
const engineUpFront: Plugin = {
  name: 'engine-up-front',
  setup(build) {
    build.onLoad({ filter: /[\\/]core[\\/]dist[\\/][\w-]+\.js$/ }, async ({ path }) => {
      const code = await readFile(path, 'utf8')
      const engine = /import\("(\.\/createClient-[\w-]+\.js)"\)/.exec(code)
      if (!engine) return undefined
      return {
        contents: `import * as engineUpFront from "${engine[1]}";\n${code.replace(engine[0], 'Promise.resolve(engineUpFront)')}`,
        loader: 'js',
      }
    })
  },
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
  // Small apps built the way an app's bundler splits code, as ES modules: one names its provider
  // (its chunk loads on demand), one imports it up front, one is the page-impact benchmark's.
  const splitBuild = (entryPoints: Record<string, string>, plugins: Plugin[] = []) =>
    build({
      entryPoints,
      outdir: join(dir, 'split'),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
      plugins,
    })
  await splitBuild({
    'by-name': join(fixtures, 'byName.ts'),
    'by-object': join(fixtures, 'byObject.ts'),
    impact: join(fixtures, 'impact.ts'),
  })
  // The by-name apps as they were before chatmount's facade (issue 24): the engine in their first
  // load, for the benchmarks to compare with (the built front's dynamic import of it made static).
  await splitBuild(
    {
      'by-name-up-front': join(fixtures, 'byName.ts'),
      'impact-up-front': join(fixtures, 'impact.ts'),
    },
    [engineUpFront],
  )
  // The impact page as a server would render it under a strict CSP: core's early-clicks script
  // inline, allowed by the nonce or by its hash, and the app's module with the nonce.
  for (const [page, allowedBy] of [
    ['early-nonce', ` nonce="${EARLY_NONCE}"`],
    ['early-hash', ''],
  ] as const) {
    await writeFile(
      join(dir, `${page}.html`),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${page}</title>` +
        `<script${allowedBy}>${earlyClicksScript}</script>` +
        `<button id="launcher" type="button" data-chat-launcher>Chat with us</button>` +
        `<script type="module" nonce="${EARLY_NONCE}" src="/split/impact.js"></script>`,
    )
  }
  for (const page of ['impact', 'impact-up-front']) {
    await writeFile(
      join(dir, `${page}.html`),
      `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${page}</title>` +
        `<main style="max-width:40em;margin:2em auto;font:16px/1.5 system-ui">` +
        `<h1>A page with a chat</h1>${'<p>Some of the page the visitor reads before they want to chat.</p>'.repeat(8)}</main>` +
        `<button id="launcher" type="button" data-chat-launcher style="position:fixed;left:40px;bottom:40px;width:160px;height:48px">Chat with us</button>` +
        `<script type="module" src="/split/${page}.js"></script>`,
    )
  }
  for (const page of ['by-name', 'by-object', 'by-name-up-front']) {
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

/**
 * After a test: its page had no uncaught error and no console error but for those `allowed`
 * names (a vendor script that throws on purpose); closed either way.
 */
export async function closePage(page: WatchedPage | undefined, allowed?: RegExp): Promise<void> {
  if (!page) return
  try {
    const problems = page.problems().filter((problem) => !allowed?.test(problem))
    expect(problems, 'uncaught errors and console errors in the page').toEqual([])
  } finally {
    await page.close()
  }
}

/**
 * One fixture for the test file and a page per test, closed after it. Each test fails on an
 * uncaught error or a console error in its page, but for those `allow()` names.
 */
export function fixturePerFile(options?: ServeStaticOptions) {
  let fixture: Fixture
  let page: WatchedPage | undefined
  let allowed: RegExp | undefined
  beforeAll(async () => {
    fixture = await startFixture(options)
  })
  afterAll(() => fixture?.close())
  afterEach(async () => {
    const closing = page
    page = undefined
    await closePage(closing, allowed)
    allowed = undefined
  })
  return {
    get fixture() {
      return fixture
    },
    /** Open a page of the fixture for this test. */
    async open(path?: string) {
      return (page = await fixture.open(path))
    },
    /** A page the test opened itself, to watch and close like the others. */
    watch(opened: WatchedPage) {
      return (page = opened)
    },
    /** Problems this test expects in its page (a vendor script that throws on purpose). */
    allow(pattern: RegExp) {
      allowed = pattern
    },
  }
}
