// `@chatmount/element` as a site without a build step uses it: plain HTML files that include the
// built script tag (`dist/chatmount.js`, copied as a site or a CDN would serve it), no bundler, no
// framework. What the vendor really did is counted by the emulators.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  agentMessage,
  emulatorRuns,
  launchBrowser,
  readEmulator,
  serveStatic,
  waitForEmulator,
  type BrowserHandle,
  type StaticServer,
  type WatchedPage,
} from '@chatmount/e2e'
// Its types only: `window.chatmount` in the page.
import type {} from '@chatmount/element'
import { demoTokens } from '@chatmount/testing'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { closePage } from './fixturePage'
import { nothingLeft, snapshot } from '@chatmount/e2e'

const require = createRequire(import.meta.url)
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`))
const NONCE = 'dGFnLW5vbmNlLWZvci10ZXN0cw'

let dir: string
let site: StaticServer
/** Another origin serving the same files with CORS, as a CDN does. */
let cdn: StaticServer
let browser: BrowserHandle
let page: WatchedPage | undefined
let allowed: RegExp | undefined

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chatmount-element-'))
  await cp(join(packageDir('@chatmount/element'), 'dist'), join(dir, 'chatmount'), {
    recursive: true,
    filter: (source) => !/index\.(c?js|d\.c?ts)$/.test(source),
  })
  await cp(join(packageDir('@chatmount/testing'), 'dist', 'browser'), join(dir, 'emulators'), {
    recursive: true,
  })
  site = await serveStatic(dir)
  cdn = await serveStatic(dir, { headers: { 'access-control-allow-origin': '*' } })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await cdn?.close()
  await rm(dir, { recursive: true, force: true })
})

afterEach(async () => {
  const closing = page
  page = undefined
  // The pages share a context: back online, whatever an offline row that failed left behind.
  await closing?.context().setOffline(false)
  await closePage(closing, allowed)
  allowed = undefined
})

interface PageOptions {
  /** The tag's `data-*` attributes, besides the provider, its token and the emulator's address. */
  data?: Record<string, string>
  provider?: 'chatra' | 'chaport'
  /** Where the tag comes from (`site`, default, or `cdn`). */
  from?: 'site' | 'cdn'
  /** Attributes of the tag itself: `type="module"`, a nonce. */
  tag?: string
  /** Page HTML before the tag (an inline script, a CSP meta). */
  head?: string
  /** Done to the page before it is opened (block a request). */
  before?: (page: WatchedPage) => Promise<void>
  /** Attributes of the inline launcher (`fallback-label`). */
  launcher?: string
}

/** Write a plain HTML page with the tag and two launchers, open it, and wait for the stub. */
async function visit(name: string, options: PageOptions = {}): Promise<WatchedPage> {
  const { provider = 'chatra', from = 'site', data = {}, tag = 'async', head = '' } = options
  const launcherAttributes = options.launcher ?? ''
  const attributes = Object.entries({
    provider,
    token: demoTokens[provider],
    'script-url': `${site.url}/emulators/${provider}.js`,
    ...data,
  })
    .map(([key, value]) => ` data-${key}="${value}"`)
    .join('')
  const src = `${from == 'cdn' ? cdn.url : site.url}/chatmount/chatmount.js`
  await writeFile(
    join(dir, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title>${head}` +
      // The page's own script (with the nonce the CSP page allows): it notes each chatmount:error.
      // Its code, and why where the error says (`load_failed:blocked`).
      `<script nonce="${NONCE}">document.addEventListener('chatmount:error', (e) => { e.preventDefault(); (window.errors ||= []).push([e.detail.code, e.detail.reason].filter(Boolean).join(':')) })</script>` +
      `<main><h1>${name}</h1><p>A page with a chat.</p>` +
      `<chatmount-launcher id="inline"${launcherAttributes}>Chat with us</chatmount-launcher></main>` +
      `<chatmount-launcher id="facade" give-way style="position:fixed;right:24px;bottom:24px">Chat</chatmount-launcher>` +
      `<script ${tag} src="${src}"${attributes}></script>`,
  )
  page = await browser.newPage()
  await options.before?.(page)
  await page.goto(`${site.url}/${name}.html`, { waitUntil: 'load' })
  await page.locator('#inline button[data-chat-launcher]').waitFor()
  return page
}

const launcher = () => page!.locator('#inline button[data-chat-launcher]')
const errors = () => page!.evaluate(() => (window as { errors?: string[] }).errors ?? [])
const settle = () => page!.waitForTimeout(300)
/** As the element's README says to switch: destroy, calls queue again, a new tag (Chaport's). */
const switchToChaport = () =>
  page!.evaluate(
    ({ src, token }) => {
      ;(window.chatmount as { destroy(): void }).destroy()
      window.chatmount = []
      document.querySelector('script[data-provider]')!.remove()
      const script = Object.assign(document.createElement('script'), { src })
      Object.assign(script.dataset, {
        provider: 'chaport',
        token,
        load: 'manual',
        scriptUrl: '/emulators/chaport.js',
      })
      document.body.append(script)
    },
    { src: `${site.url}/chatmount/chatmount.js`, token: demoTokens.chaport },
  )
/** How many buttons the page names so (their accessible name, as assistive technology reads it). */
const named = (name: string) => page!.getByRole('button', { name, exact: true }).count()

/** The page the fallback leads to, on the site. */
async function contactPage() {
  await writeFile(
    join(dir, 'contact.html'),
    '<!doctype html><title>Contact</title><h1>Contact us</h1>',
  )
}

it('fetches the stub first, then chatmount’s chunks; no vendor bytes before intent; a click opens the chat with one vendor script', async () => {
  await visit('intent', { data: { load: 'interaction' } })
  await settle()
  expect(page!.vendorScriptRequests()).toEqual([])
  const fetched = site.requests.filter((path) => path.startsWith('/chatmount/'))
  expect(fetched[0]).toBe('/chatmount/chatmount.js')
  expect(fetched).toContain('/chatmount/chatmount-runtime.js')
  expect(fetched.some((path) => /createClient/.test(path))).toBe(true)
  expect(await launcher().getAttribute('data-status')).toBe('waiting')

  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.ready && vendor.isOpen)
  await settle()
  expect(page!.vendorScriptRequests('chatra')).toHaveLength(1)
  expect(page!.vendorScriptRequests()).toHaveLength(1)
  expect(await emulatorRuns(page!)).toEqual({ chatra: 1 })
  expect(await launcher().getAttribute('data-status')).toBe('ready')
  expect(await page!.evaluate(() => window.chatmount && !Array.isArray(window.chatmount))).toBe(
    true,
  )
})

it('runs the calls the page pushed before the tag ran, in order', async () => {
  await visit('pushed', {
    provider: 'chaport',
    data: { load: 'manual' },
    head:
      `<script>window.chatmount = window.chatmount || [];` +
      `chatmount.push(['on', 'ready', () => document.body.dataset.ready = 'yes']);` +
      `chatmount.push(['identify', { name: 'Ada Lovelace', email: 'ada@example.com' }]);` +
      `chatmount.push(['open'])</script>`,
  })
  const vendor = await waitForEmulator(
    page!,
    (vendor) => vendor.ready && vendor.isOpen && JSON.stringify(vendor.visitor).includes('ada@'),
  )
  expect(JSON.stringify(vendor.visitor)).toContain('Ada Lovelace')
  expect(await page!.evaluate(() => document.body.dataset.ready)).toBe('yes')
  expect(page!.vendorScriptRequests()).toHaveLength(1)
})

it('consent withheld: nothing loads, even on a click, until the page grants it; then the click’s open happens', async () => {
  await visit('consent', { data: { load: 'eager', consent: 'false' } })
  await launcher().click()
  await settle()
  expect(page!.vendorScriptRequests()).toEqual([])
  expect(await readEmulator(page!)).toBeNull()

  await page!.evaluate(() => window.chatmount!.push(['setConsent', true]))
  await waitForEmulator(page!, (vendor) => vendor.ready && vendor.isOpen)
  expect(page!.vendorScriptRequests()).toHaveLength(1)
})

it('strict CSP: the nonce read from the tag lets chatmount’s chunks and the vendor’s script run', async () => {
  await visit('csp', {
    data: { load: 'eager' },
    tag: `async nonce="${NONCE}"`,
    head: `<meta http-equiv="content-security-policy" content="script-src 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'">`,
  })
  await waitForEmulator(page!, (vendor) => vendor.ready)
  const vendorNonce = await page!
    .locator('script[data-chatmount]')
    .evaluate((script) => (script as HTMLScriptElement).nonce)
  expect(vendorNonce).toBe(NONCE)
  // The policy is enforced: what it does not allow does not run.
  // The one violation expected: this script (its hash in the message), not one of chatmount's.
  allowed = /inline script violates .*sha256-b\/G\/hna\+si0VQd4YRXeOzWYrmyoVeuPDGVvHRYpBI04=/
  const ran = await page!.evaluate(() => {
    const script = document.createElement('script')
    script.textContent = 'window.unnonced = true'
    document.head.append(script)
    return 'unnonced' in window
  })
  expect(ran).toBe(false)
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.isOpen)
})

it('a blocked vendor: the launcher says so and chatmount:error says load_failed; a click retries and opens', async () => {
  await visit('blocked', { data: { load: 'manual' } })
  await page!.block(/\/emulators\//)
  await launcher().click()
  await expect.poll(() => launcher().getAttribute('data-status')).toBe('error')
  expect(await errors()).toEqual(['load_failed:blocked'])

  await page!.unblock()
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.ready && vendor.isOpen)
  expect(await emulatorRuns(page!)).toEqual({ chatra: 1 })
})

it('a new tag replacing the chat (another provider): the launchers open the new one', async () => {
  await visit('switch', { data: { load: 'manual' } })
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.provider == 'chatra' && vendor.isOpen)
  await switchToChaport()
  // The pointer still rests on the launcher: the new chat warms up as the old one did.
  await expect
    .poll(() => page!.locator('script[data-chatmount]').getAttribute('data-chatmount'))
    .toBe('chaport')
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.provider == 'chaport' && vendor.isOpen)
  expect(page!.vendorScriptRequests('chaport')).toHaveLength(1)
})

it('a vendor script still in flight when a new tag replaces the chat: it leaves nothing, the new vendor runs once', async () => {
  await visit('switch-in-flight', { data: { load: 'manual' } })
  const release = await page!.hold(/\/emulators\/chatra\.js/)
  await launcher().click()
  await expect.poll(() => launcher().getAttribute('data-status')).toBe('loading')
  await switchToChaport()
  // Chatra's script arrives after its chat is gone (Chromium runs it all the same).
  await release()
  await page!.waitForTimeout(1200)
  const state = await snapshot(page!)
  expect(state.runs.chatra ?? 0).toBeLessThanOrEqual(1)
  // The pointer still rests on the launcher: Chaport may be loading already.
  expect(nothingLeft(state, 'chaport')).toEqual([])
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.provider == 'chaport' && vendor.isOpen)
  expect((await snapshot(page!)).runs).toMatchObject({ chaport: 1 })
  expect(page!.vendorScriptRequests('chatra')).toHaveLength(1)
  expect(page!.vendorScriptRequests('chaport')).toHaveLength(1)
})

it('a bad attribute is a config error on the console and as chatmount:error; nothing is added', async () => {
  allowed = /ChatError|token/
  await visit('bad-token', { data: { token: 'not a token!', load: 'eager' } })
  await expect.poll(errors).toEqual(['config'])
  await settle()
  expect(page!.vendorScriptRequests()).toEqual([])
  expect(await page!.locator('script[data-chatmount]').count()).toBe(0)
})

it.each([
  ['from a CDN (another origin)', 'tag-cdn', { from: 'cdn' }],
  ['as a module', 'tag-module', { tag: 'type="module"' }],
] as const)('works %s', async (_, name, options: PageOptions) => {
  await visit(name, { ...options, data: { load: 'manual' } })
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.ready && vendor.isOpen)
  expect(page!.vendorScriptRequests()).toHaveLength(1)
})

it('the runtime cannot be fetched: chatmount:error says load_failed, nothing of the vendor loads, the launchers lead to the fallback', async () => {
  await contactPage()
  await visit('no-runtime', {
    data: { load: 'eager', fallback: '/contact.html' },
    before: (page) => page.block(/chatmount-runtime/),
  })
  await expect.poll(errors).toEqual(['load_failed'])
  expect(await launcher().getAttribute('data-status')).toBe('error')
  expect(await launcher().getAttribute('data-fallback')).toBe('')
  await launcher().click()
  await page!.waitForURL(/\/contact\.html$/)
  expect(page!.vendorScriptRequests()).toEqual([])
})

it('the vendor’s host blocked as an ad blocker does: the error says blocked, the launchers lead to the fallback, a click goes there', async () => {
  await contactPage()
  await visit('fallback-blocked', {
    data: { load: 'manual', fallback: '/contact.html' },
    launcher: ' fallback-label="Write to us"',
    before: (page) => page.block(/\/emulators\/chatra\.js/),
  })
  await launcher().click()
  await expect.poll(errors).toEqual(['load_failed:blocked'])
  expect(await launcher().getAttribute('data-fallback')).toBe('')
  // The page's own words for the fallback, where it gave them; its other launcher keeps its own.
  expect(await named('Write to us')).toBe(1)
  expect(await named('Chat')).toBe(1)
  await launcher().click()
  await page!.waitForURL(/\/contact\.html$/)
  expect(await page!.title()).toBe('Contact')
})

it('the vendor’s server answers 500: the error says server, and the launcher leads to the fallback', async () => {
  allowed = /status of 500/
  await contactPage()
  await visit('fallback-500', {
    data: { load: 'manual', fallback: '/contact.html' },
    before: async (page) => {
      await page.route(/\/emulators\/chatra\.js/, (route) =>
        route.fulfill({ status: 500, body: 'down' }),
      )
    },
  })
  await launcher().click()
  await expect.poll(errors).toEqual(['load_failed:server'])
  expect(await launcher().getAttribute('data-fallback')).toBe('')
  expect(await emulatorRuns(page!)).toEqual({})
  await launcher().click()
  await page!.waitForURL(/\/contact\.html$/)
})

it('offline: the error says offline, no request while offline, and back online the vendor loads once by itself', async () => {
  allowed = /ERR_INTERNET_DISCONNECTED/
  await visit('offline', { data: { load: 'manual' } })
  const vendorRequests = () =>
    site.requests.filter((path) => path.startsWith('/emulators/chatra.js')).length
  const before = vendorRequests()
  await page!.context().setOffline(true)
  await launcher().click()
  await expect.poll(errors).toEqual(['load_failed:offline'])
  // A click while still offline asks nothing that cannot be answered.
  await launcher().click()
  await settle()
  expect(await page!.locator('script[data-chatmount]').count()).toBe(0)
  await page!.context().setOffline(false)
  await waitForEmulator(page!, (vendor) => vendor.ready)
  await expect.poll(() => launcher().getAttribute('data-status')).toBe('ready')
  await settle()
  expect(vendorRequests() - before).toBe(1)
  expect(await emulatorRuns(page!)).toEqual({ chatra: 1 })
  expect(await errors()).toEqual(['load_failed:offline'])
})

it('offline before chatmount’s engine arrived: a click asks nothing while offline, and back online the vendor loads once', async () => {
  allowed = /ERR_INTERNET_DISCONNECTED/
  let release = async () => {}
  await visit('offline-engine', {
    data: { load: 'manual' },
    before: async (page) => void (release = await page.hold(/chatmount-createClient-/)),
  })
  // The site's log spans the file's rows: counted from here.
  const from = site.requests.length
  const requested = (pattern: RegExp) =>
    site.requests.slice(from).filter((path) => pattern.test(path)).length
  await page!.context().setOffline(true)
  await release()
  await expect.poll(errors).toEqual(['load_failed:offline'])
  const engineRequests = requested(/chatmount-createClient-/)
  await launcher().click()
  await settle()
  expect(requested(/chatmount-createClient-/)).toBe(engineRequests)
  expect(await errors()).toEqual(['load_failed:offline'])
  await page!.context().setOffline(false)
  await waitForEmulator(page!, (vendor) => vendor.ready)
  await expect.poll(() => launcher().getAttribute('data-status')).toBe('ready')
  await settle()
  expect(requested(/^\/emulators\/chatra\.js/)).toBe(1)
  expect(await emulatorRuns(page!)).toEqual({ chatra: 1 })
})

it('unread messages: the launcher shows a badge, its count part of the button’s name, and drops it once read', async () => {
  await visit('unread', { provider: 'chaport', data: { load: 'eager' } })
  await waitForEmulator(page!, (vendor) => vendor.ready)
  await agentMessage(page!, 'Still there?')
  await expect.poll(() => launcher().getAttribute('data-unread')).toBe('1')
  expect(await named('Chat with us 1')).toBe(1)
  await launcher().click()
  await waitForEmulator(page!, (vendor) => vendor.isOpen)
  await expect.poll(() => launcher().getAttribute('data-unread')).toBe(null)
  expect(await named('Chat with us')).toBe(1)
})
