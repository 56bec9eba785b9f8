// React and Vue mount and unmount their chat quickly while the vendor script is still downloading:
// the vendor runs once, for the chat the app keeps.
import { vendors, type VendorName } from '@chatmount/core/vendors'
import { demoTokens } from '@chatmount/testing'
import { readEmulator, type WatchedPage } from '@chatmount/e2e'
import { describe, expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'
import { nothingLeft, snapshot } from '@chatmount/e2e'

const fixture = fixturePerFile()
let page: WatchedPage

const frameworks = ['react', 'vue'] as const
const providers = Object.keys(vendors) as VendorName[]
const props = (provider: VendorName, delay = 0) => ({
  provider,
  token: demoTokens[provider],
  load: 'eager',
  scriptUrl: `/emulators/${provider}.js?delay=${delay}`,
})

describe.each(frameworks)('%s', (framework) => {
  it('20 quick mount/unmount toggles while the script downloads: one run, one script, ready', async () => {
    page = await fixture.open()
    for (let toggle = 0; toggle < 20; toggle++) {
      await page.evaluate(
        ([framework, props]) => (window as any).fixture[framework as string](props),
        [framework, props('chatra', 2000)] as const,
      )
      await page.waitForTimeout(15)
      await page.evaluate((framework) => (window as any).fixture[framework](null), framework)
      await page.waitForTimeout(15)
    }
    await page.evaluate(
      ([framework, props]) => (window as any).fixture[framework as string](props),
      [framework, props('chatra', 2000)] as const,
    )
    await page.waitForFunction(
      () => document.querySelector('[data-chat-launcher]')?.getAttribute('data-status') === 'ready',
    )
    await page.waitForTimeout(300)
    const state = await snapshot(page)
    expect(state.runs).toEqual({ chatra: 1 })
    expect(state.scripts.chatra).toBe(1)
    expect(state.elements.chatra).toBe(2) // its widget and its <style>
    expect(nothingLeft(state, 'chatra')).toEqual([])
    expect((await readEmulator(page))?.ready).toBe(true)
  })

  for (const provider of providers) {
    it(`${provider}: 20 toggles in a second, the script landing while unmounted: the next mount keeps it, one run`, async () => {
      page = await fixture.open()
      const release = await page.hold(new RegExp(`/emulators/${provider}\\.js`))
      // Mounted 25 ms, unmounted 25 ms, twenty times, ending unmounted: the script is still held.
      await page.evaluate(
        async ([framework, props]) => {
          const mount = (window as any).fixture[framework as string]
          for (let toggle = 0; toggle < 20; toggle++) {
            mount(props)
            await new Promise((resolve) => setTimeout(resolve, 25))
            mount(null)
            await new Promise((resolve) => setTimeout(resolve, 25))
          }
        },
        [framework, props(provider)] as const,
      )
      // It lands while no chat holds it: the vendor runs.
      await release()
      await page.waitForFunction(
        (provider) => (window as any).__chatmountEmulatorRuns?.[provider] === 1,
        provider,
      )
      await page.evaluate(
        ([framework, props]) => (window as any).fixture[framework as string](props),
        [framework, props(provider)] as const,
      )
      await page.waitForFunction(
        () =>
          document.querySelector('[data-chat-launcher]')?.getAttribute('data-status') === 'ready',
      )
      await page.waitForTimeout(500)
      const state = await snapshot(page)
      expect(state.runs[provider]).toBe(1)
      expect(Math.max(...Object.values(state.runs))).toBe(1)
      expect(page.vendorScriptRequests(provider)).toHaveLength(1)
      expect(state.scripts[provider]).toBe(1)
      expect(nothingLeft(state, provider)).toEqual([])
      expect(page.problems()).toEqual([])
    })
  }

  it('switching provider while the first script downloads leaves only the second vendor, with no uncaught error', async () => {
    page = await fixture.open()
    for (const provider of ['rayzing', 'chatra', 'rayzing', 'chatra', 'rayzing'] as const) {
      await page.evaluate(
        ([framework, props]) => (window as any).fixture[framework as string](props),
        [framework, props(provider, 300)] as const,
      )
      await page.waitForTimeout(100)
    }
    await page.waitForFunction(
      () => document.querySelector('[data-chat-launcher]')?.getAttribute('data-status') === 'ready',
    )
    await page.waitForTimeout(500)
    const state = await snapshot(page)
    expect(nothingLeft(state, 'rayzing')).toEqual([])
    // Its script, root, messenger and launcher, and the loader's <style> and viewport <meta>.
    expect(state.elements.rayzing).toBe(6)
  })
})
