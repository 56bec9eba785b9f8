// A launcher that gives way hands over the moment the vendor's own button is drawn (each provider
// says how to see it), sampled at every frame in Chromium: never a frame with no button, never one
// with two.
import { providers as providerObjects, vendors, type VendorName } from '@chatmount/core/vendors'
import { demoTokens } from '@chatmount/testing'
import { describe, expect, it } from 'vitest'
import { fixturePerFile } from './fixturePage'

const fixture = fixturePerFile()
const providers = Object.keys(vendors) as VendorName[]

describe.each(['react', 'vue'] as const)('%s', (framework) => {
  it.each(providers)(
    "%s: the facade hands over when the vendor's button is drawn",
    async (provider) => {
      const page = await fixture.open()
      await page.evaluate(
        ([framework, props]) => (window as any).fixture[framework as string](props),
        [
          framework,
          {
            provider,
            token: demoTokens[provider],
            load: 'manual',
            scriptUrl: `/emulators/${provider}.js?delay=100`,
          },
        ] as const,
      )
      // Each frame: is our facade showing, is the vendor's button drawn?
      await page.evaluate((button) => {
        const samples: Array<[boolean, boolean]> = ((window as any).samples = [])
        const drawn = (element: Element) => element.checkVisibility({ visibilityProperty: true })
        const sample = () => {
          const ours = [...document.querySelectorAll('.facade')].some(drawn)
          const theirs = [...document.querySelectorAll(button)].some(drawn)
          samples.push([ours, theirs])
          if (!(window as any).stopSampling) requestAnimationFrame(sample)
        }
        requestAnimationFrame(sample)
      }, providerObjects[provider].button!)
      // The visitor asks through the inline launcher, away from the facade.
      await page.locator('[data-chat-launcher]:not(.facade)').focus()
      await page.waitForSelector('.facade[aria-hidden="true"]', { state: 'attached' })
      await page.waitForTimeout(150)
      const samples: Array<[boolean, boolean]> = await page.evaluate(() => {
        ;(window as any).stopSampling = true
        return (window as any).samples
      })
      expect(samples.length).toBeGreaterThan(5)
      expect(
        samples.filter(([ours, theirs]) => !ours && !theirs),
        'frames with no button',
      ).toEqual([])
      expect(
        samples.filter(([ours, theirs]) => ours && theirs),
        'frames with two',
      ).toEqual([])
      expect(samples.at(-1)).toEqual([false, true])
    },
  )
})
