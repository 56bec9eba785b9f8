// React and Vue mount and unmount their chat quickly while the vendor script is still downloading:
// the vendor runs once, for the chat the app keeps.
import { demoTokens } from '@chatmount/testing'
import { readEmulator, type WatchedPage } from '@chatmount/e2e'
import { describe, expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'
import { nothingLeft, snapshot } from './pageState'

const fixture = fixturePerFile()
let page: WatchedPage

const frameworks = ['react', 'vue'] as const
const props = (provider: 'chatra' | 'rayzing', delay: number) => ({
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
