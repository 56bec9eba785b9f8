// @vitest-environment node
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'

const entries = [
  'index',
  'base',
  'providers/raychat',
  'providers/chatra',
  'providers/chaport',
  'providers/onwebchat',
  'providers/rayzing',
]
const require = createRequire(import.meta.url)

describe('with no DOM (a server render)', () => {
  it('has no window or document here', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it.each(entries)('importing the built %s entry (ESM and CJS) throws nothing', async (entry) => {
    const esm = await import(
      /* @vite-ignore */ new URL(`../dist/${entry}.js`, import.meta.url).href
    )
    const cjs = require(`../dist/${entry}.cjs`)
    expect(Object.keys(esm).length).toBeGreaterThan(0)
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort())
  })

  it('a chat created on the server is a quiet no-op', async () => {
    const { createChat } = await import('../dist/index.js')
    const chat = createChat({ token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04', load: 'eager' })
    chat.open()
    chat.identify({ name: 'Ada' })
    chat.pageView({ url: '/about' })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(chat.getState()).toMatchObject({ status: 'idle', open: false })
    await expect(chat.load()).rejects.toMatchObject({ code: 'unsupported' })
    chat.destroy()
    expect(chat.getState().status).toBe('destroyed')
  })
})
