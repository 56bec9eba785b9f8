// A vendor script still downloading must never take effect after its chat is gone; retry() is one
// request and one run; a script that throws is an error, not "ready". The test server delays the
// scripts (`?delay=`), the page holds or aborts them, and the emulators count their runs.
import { vendors, type VendorName } from '@chatmount/core/vendors'
import { demoTokens } from '@chatmount/testing'
import { readEmulator, type WatchedPage } from '@chatmount/e2e'
import { describe, expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'
import { nothingLeft, snapshot } from '@chatmount/e2e'

const providers = Object.keys(vendors) as VendorName[]
type Provider = VendorName

const fixture = fixturePerFile()
let page: WatchedPage

/** Create a chat in the page as `window.chat`, its vendor served from the emulators with a delay. */
function createChat(provider: Provider, options: Record<string, unknown> = {}, delay = 800) {
  return page.evaluate(
    ({ provider, token, options, delay }) => {
      const w = window as any
      w.chats ??= []
      w.chat = w.fixture.core.createChat({
        provider,
        token,
        load: 'eager',
        scriptUrl: `/emulators/${provider}.js?delay=${delay}`,
        ...options,
      })
      w.chats.push(w.chat)
      w.errors ??= []
      w.chat.on('error', (error: { code: string }) => w.errors.push(error.code))
    },
    { provider, token: demoTokens[provider], options, delay },
  )
}

const status = () => page.evaluate(() => (window as any).chat.getState().status as string)
const errors = () => page.evaluate(() => (window as any).errors as string[])

describe('a script still downloading when its chat goes', () => {
  for (const provider of providers) {
    it(`${provider}: destroy() — the vendor is taken out once it has run (after a moment for a chat that comes back), nothing stays`, async () => {
      page = await fixture.open()
      await createChat(provider)
      await page.waitForTimeout(200)
      await page.evaluate(() => (window as any).chat.destroy())
      await page.waitForTimeout(1200)
      const state = await snapshot(page)
      expect(state.runs[provider] ?? 0).toBeLessThanOrEqual(1)
      expect(nothingLeft(state)).toEqual([])
      expect(await status()).toBe('destroyed')
    })

    it(`${provider}: consent withdrawn — the vendor does not stay, and nothing it was told reaches it`, async () => {
      page = await fixture.open()
      await createChat(provider, { visitor: { name: 'Ada', email: 'ada@example.com' } })
      await page.waitForTimeout(200)
      await page.evaluate(() => (window as any).chat.setConsent(false))
      await page.waitForTimeout(1200)
      const state = await snapshot(page)
      expect(nothingLeft(state)).toEqual([])
      expect(await status()).toBe('waiting')
      const vendor = await readEmulator(page)
      expect(JSON.stringify(vendor?.visitor ?? {})).not.toContain('Ada')
    })
  }

  it('re-created with the same provider and token: one request, one run, the kept chat ready', async () => {
    page = await fixture.open()
    await createChat('chaport')
    await page.evaluate(() => (window as any).chat.identify({ name: 'Gone' }))
    await page.waitForTimeout(100)
    for (let round = 0; round < 5; round++) {
      await page.evaluate(() => (window as any).chat.destroy())
      await createChat('chaport')
    }
    await page.evaluate(() => (window as any).chat.open())
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
    const state = await snapshot(page)
    // insert.js once, and the main bundle it adds once.
    expect(state.runs).toEqual({ chaport: 1, 'chaport-main': 1 })
    expect(page.vendorScriptRequests('chaport')).toHaveLength(1)
    expect(nothingLeft(state, 'chaport')).toEqual([])
    expect(state.scripts.chaport).toBe(1)
    const vendor = (await readEmulator(page))!
    expect(vendor.isOpen).toBe(true)
    expect(vendor.calls.filter((call) => call.method === 'open')).toHaveLength(1)
    expect(JSON.stringify(vendor.visitor)).not.toContain('Gone')
  })

  it('chaport: created, destroyed and created again within 50 ms while insert.js downloads: one main bundle, one widget', async () => {
    page = await fixture.open()
    await createChat('chaport', {}, 600)
    await page.waitForTimeout(20)
    await page.evaluate(() => (window as any).chat.destroy())
    await page.waitForTimeout(20)
    await createChat('chaport', {}, 600)
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
    await page.waitForTimeout(300)
    const state = await snapshot(page)
    expect(state.runs).toEqual({ chaport: 1, 'chaport-main': 1 })
    expect(state.elements.chaport).toBe(1)
    expect(await errors()).toEqual([])
  })

  it('chaport: destroyed after insert.js ran but before its main bundle did: nothing stays, and a new chat gets one widget', async () => {
    page = await fixture.open()
    const release = await page.hold(/\/emulators\/chaport-main\.js/)
    await createChat('chaport', {}, 0)
    await page.waitForFunction(() => (window as any).__chatmountEmulatorRuns?.chaport === 1)
    await page.evaluate(() => (window as any).chat.destroy())
    await release()
    await page.waitForFunction(
      () => (window as any).__chatmountEmulatorRuns?.['chaport-main'] === 1,
    )
    await page.waitForTimeout(500)
    expect(nothingLeft(await snapshot(page))).toEqual([])
    await createChat('chaport', {}, 0)
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
    await page.waitForTimeout(300)
    const state = await snapshot(page)
    expect(state.elements.chaport).toBe(1)
    expect(await errors()).toEqual([])
    expect(page.problems()).toEqual([])
  })

  it('re-created with another token: the first script is torn down when it runs, the second runs once', async () => {
    page = await fixture.open()
    await createChat('onwebchat')
    await page.waitForTimeout(100)
    await page.evaluate(() => (window as any).chat.destroy())
    await createChat('onwebchat', { token: 'a1b2c3d4e5/2' }, 200)
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready', null, {
      timeout: 5000,
    })
    await page.waitForTimeout(300)
    const state = await snapshot(page)
    expect(state.runs.onwebchat).toBe(2)
    expect(state.elements.onwebchat).toBe(4) // its window, audio, image and <style>, once
    expect(state.scripts.onwebchat).toBe(1)
    expect((await readEmulator(page))?.ready).toBe(true)
    expect(await page.evaluate(() => (window as any).onWebChat_ !== undefined)).toBe(true)
  })

  it('switching provider every 100 ms ends with exactly the last vendor, ready, and nothing of the others', async () => {
    page = await fixture.open()
    const sequence: Provider[] = [
      'raychat',
      'chatra',
      'chaport',
      'onwebchat',
      'rayzing',
      'chatra',
      'raychat',
      'rayzing',
      'onwebchat',
      'chaport',
    ]
    for (const provider of sequence) {
      await page.evaluate(() => (window as any).chat?.destroy())
      await createChat(provider, {}, 300)
      await page.waitForTimeout(100)
    }
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready', null, {
      timeout: 5000,
    })
    await page.waitForTimeout(600)
    const state = await snapshot(page)
    expect(nothingLeft(state, 'chaport')).toEqual([])
    expect(state.elements.chaport).toBe(1)
    expect(state.scripts.chaport).toBe(1)
    for (const provider of providers) {
      expect(state.runs[provider] ?? 0).toBeLessThanOrEqual(
        sequence.filter((name) => name === provider).length,
      )
    }
    expect(await errors()).toEqual([])
  })
})

describe('retry()', () => {
  for (const provider of ['chaport', 'onwebchat'] as const) {
    it(`${provider}: while the first request is still pending, one request, one run, each call once`, async () => {
      page = await fixture.open()
      // onWebChat calls back 500 ms after its script ran: the timeout leaves room for that.
      await createChat(provider, { timeout: 1000, visitor: { name: 'Ada' } }, 1200)
      await page.evaluate(() => (window as any).chat.open())
      await page.waitForFunction(() => (window as any).chat.getState().status === 'error')
      expect(await errors()).toEqual(['timeout'])
      await page.evaluate(() => {
        const w = window as any
        w.retried = w.chat.retry().then(
          () => 'ready',
          (error: { code: string }) => error.code,
        )
      })
      expect(await page.evaluate(() => (window as any).retried)).toBe('ready')
      const state = await snapshot(page)
      expect(state.runs[provider]).toBe(1)
      expect(page.vendorScriptRequests(provider)).toHaveLength(1)
      expect(state.scripts[provider]).toBe(1)
      const vendor = (await readEmulator(page))!
      const opened = vendor.calls.filter((call) =>
        provider === 'chaport' ? call.method === 'open' : call.args[0] === 'max',
      )
      expect(opened).toHaveLength(1)
      expect(vendor.isOpen).toBe(true)
    })

    it(`${provider}: after a vendor that never signalled ready, a fresh vendor gets each call once`, async () => {
      page = await fixture.open()
      await page.evaluate(
        (provider) => ((window as any).__chatmountEmulatorFaults = { [provider]: 'never-ready' }),
        provider,
      )
      await createChat(provider, { timeout: 1000, visitor: { name: 'Ada' } }, 0)
      await page.evaluate(() => (window as any).chat.open())
      await page.waitForFunction(() => (window as any).chat.getState().status === 'error')
      await page.evaluate(() => (window as any).chat.retry())
      expect(await status()).toBe('ready')
      const state = await snapshot(page)
      expect(state.runs[provider]).toBe(2)
      expect(state.scripts[provider]).toBe(1)
      // One widget: onWebChat's is its window, audio, image and <style>.
      expect(state.elements[provider]).toBe(provider === 'onwebchat' ? 4 : 1)
      const vendor = (await readEmulator(page))!
      const opened = vendor.calls.filter((call) =>
        provider === 'chaport' ? call.method === 'open' : call.args[0] === 'max',
      )
      expect(opened).toHaveLength(1)
      expect(vendor.isOpen).toBe(true)
      expect(vendor.visitor).toMatchObject({ name: 'Ada' })
    })
  }

  it('a blocked script: retry adds one request; the calls reach the vendor once', async () => {
    page = await fixture.open()
    await page.block(/\/emulators\/chatra\.js/)
    await createChat('chatra', {}, 0)
    await page.evaluate(() => (window as any).chat.open())
    await page.waitForFunction(() => (window as any).chat.getState().status === 'error')
    expect(await errors()).toEqual(['load_failed'])
    await page.unblock()
    await page.evaluate(() => (window as any).chat.retry())
    const vendor = (await readEmulator(page))!
    expect(vendor.calls.filter((call) => call.method === 'openChat')).toHaveLength(1)
    expect((await snapshot(page)).runs).toEqual({ chatra: 1 })
  })
})

describe('destroyed once its vendor has run, then created again', () => {
  it('rayzing: the loader runs again without throwing, the new chat is ready, one of each element', async () => {
    page = await fixture.open()
    await createChat('rayzing', {}, 0)
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
    await page.waitForSelector('#botpenguin-launcher-12')
    await page.evaluate(() => (window as any).chat.destroy())
    expect(nothingLeft(await snapshot(page))).toEqual([])
    await createChat('rayzing', {}, 0)
    await page.waitForFunction(() => (window as any).chat.getState().status === 'ready')
    await page.waitForSelector('#botpenguin-launcher-12')
    const state = await snapshot(page)
    expect(state.runs.rayzing).toBe(2)
    expect(state.elements.rayzing).toBe(6)
    expect(await errors()).toEqual([])
  })
})

describe('onwebchat, whose second copy is a no-op while its first is in the page', () => {
  const ready = () =>
    page.waitForFunction(() => (window as any).chat.getState().status === 'ready', null, {
      timeout: 5000,
    })

  it('destroyed once ready, created again: the vendor really runs again, one UI, ready', async () => {
    page = await fixture.open()
    await createChat('onwebchat', {}, 0)
    await ready()
    await page.evaluate(() => (window as any).chat.destroy())
    expect(nothingLeft(await snapshot(page))).toEqual([])
    await createChat('onwebchat', {}, 0)
    await ready()
    const state = await snapshot(page)
    expect(state.runs.onwebchat).toBe(2)
    expect(state.elements.onwebchat).toBe(4) // its window, audio, image and <style>
    expect((await readEmulator(page))?.ready).toBe(true)
  })

  it('consent withdrawn and granted again: ready again, with one UI', async () => {
    page = await fixture.open()
    await createChat('onwebchat', {}, 0)
    await ready()
    await page.evaluate(() => (window as any).chat.setConsent(false))
    expect(nothingLeft(await snapshot(page))).toEqual([])
    await page.evaluate(() => (window as any).chat.setConsent(true))
    await ready()
    const state = await snapshot(page)
    expect(state.runs.onwebchat).toBe(2)
    expect(state.elements.onwebchat).toBe(4)
    expect(await errors()).toEqual([])
  })

  it('switched to another provider and back: onWebChat runs again and is ready', async () => {
    page = await fixture.open()
    for (const provider of ['onwebchat', 'chatra', 'onwebchat'] as const) {
      await page.evaluate(() => (window as any).chat?.destroy())
      await createChat(provider, {}, 0)
      await ready()
    }
    const state = await snapshot(page)
    expect(state.runs).toEqual({ onwebchat: 2, chatra: 1 })
    expect(nothingLeft(state, 'onwebchat')).toEqual([])
    expect(state.elements.onwebchat).toBe(4)
  })

  it('inside an iframe: an unsupported error at once, and no script fetched', async () => {
    page = await fixture.open()
    const outcome = await page.evaluate(async (token) => {
      const frame = document.createElement('iframe')
      frame.src = '/index.html'
      document.body.append(frame)
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
      const framed = frame.contentWindow as any
      const chat = framed.fixture.core.createChat({
        provider: 'onwebchat',
        token,
        load: 'eager',
        scriptUrl: '/emulators/onwebchat.js',
      })
      const started = Date.now()
      const code = await chat.ready().then(
        () => 'ready',
        (error: { code: string }) => error.code,
      )
      return { code, after: Date.now() - started, scripts: framed.document.scripts.length }
    }, demoTokens.onwebchat)
    fixture.allow(/does not run inside an iframe/)
    expect(outcome.code).toBe('unsupported')
    expect(outcome.after).toBeLessThan(1000)
    expect(page.vendorScriptRequests('onwebchat')).toEqual([])
  })
})

describe('a vendor script that throws at its top level', () => {
  for (const provider of ['chatra', 'rayzing'] as const) {
    it(`${provider}: is an error, not "ready"; retry delivers the kept calls`, async () => {
      page = await fixture.open()
      fixture.allow(/the vendor script threw \(an emulated fault\)/)
      await page.evaluate(
        (provider) => ((window as any).__chatmountEmulatorFaults = { [provider]: 'throw' }),
        provider,
      )
      await createChat(provider, {}, 0)
      await page.evaluate(() => (window as any).chat.call('setButtonSize', 80))
      await page.waitForFunction(() => (window as any).chat.getState().status !== 'loading')
      expect(await status()).toBe('error')
      expect(await errors()).toEqual(['vendor'])
      await page.evaluate(() => (window as any).chat.retry())
      expect(await status()).toBe('ready')
      if (provider === 'chatra') {
        const vendor = (await readEmulator(page))!
        expect(vendor.calls.filter((call) => call.method === 'setButtonSize')).toHaveLength(1)
      }
      expect((await snapshot(page)).elements[provider]).toBeGreaterThan(0)
    })
  }
})
