// @vitest-environment node
import { createRequire } from 'node:module'
import { expect, it } from 'vitest'

it('importing the built entry (ESM and CJS) with no DOM touches nothing and throws nothing', async () => {
  expect(typeof window).toBe('undefined')
  const esm = await import(/* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href)
  const cjs = createRequire(import.meta.url)('../dist/index.cjs')
  expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort())
  expect(() => esm.emulateVendors()).toThrow(/needs a window/)
})
