// Under a CSP that enforces Trusted Types, chatmount adds the vendor script through its own policy
// `chatmount`; where the CSP does not allow that policy, one clear ChatError, never a raw exception.
import { demoTokens } from '@chatmount/testing'
import { readEmulator, type WatchedPage } from '@chatmount/e2e'
import { afterEach, describe, expect, it } from 'vitest'
import { startFixture, type Fixture } from './fixturePage'

let fixture: Fixture | undefined
let page: WatchedPage

afterEach(async () => {
  await page?.close()
  await fixture?.close()
})

/** Serve the fixture under this `trusted-types` list (Vue's own policy is always allowed). */
async function openUnder(policies: string) {
  fixture = await startFixture({
    headers: {
      'content-security-policy': `require-trusted-types-for 'script'; trusted-types ${policies} vue`,
    },
  })
  page = await fixture.open()
}

/** Create a chat with `load: 'eager'` and wait for it to settle; what happened, as the page saw it. */
function eagerChat(provider: 'chatra' | 'rayzing') {
  return page.evaluate(
    async ({ provider, token }) => {
      const errors: string[] = []
      let thrown: unknown
      const chat = (window as any).fixture.core.createChat({
        provider,
        token,
        load: 'eager',
        scriptUrl: `/emulators/${provider}.js`,
      })
      chat.on('error', (error: { code: string; message: string }) =>
        errors.push(`${error.code}: ${error.message}`),
      )
      try {
        chat.load().catch(() => {})
      } catch (error) {
        thrown = String(error)
      }
      await new Promise((resolve) => setTimeout(resolve, 500))
      return { status: chat.getState().status as string, errors, thrown }
    },
    { provider, token: demoTokens[provider] },
  )
}

describe('Trusted Types', () => {
  for (const provider of ['chatra', 'rayzing'] as const) {
    it(`${provider}: loads through chatmount's policy, with no violation reported`, async () => {
      await openUnder('chatmount')
      expect(await eagerChat(provider)).toEqual({ status: 'ready', errors: [], thrown: undefined })
      expect((await readEmulator(page))?.ready).toBe(true)
      expect(page.problems()).toEqual([])
    })
  }

  it('where the CSP leaves chatmount out: one config error naming the fix, no raw exception, no timeout', async () => {
    await openUnder('app-only')
    const result = await eagerChat('chatra')
    expect(result.thrown).toBeUndefined()
    expect(result.status).toBe('error')
    expect(result.errors).toEqual([expect.stringMatching(/^config: .*trusted-types chatmount/)])
    await page.waitForTimeout(200)
    expect(page.problems().filter((problem) => problem.startsWith('uncaught'))).toEqual([])
    expect(page.vendorScriptRequests()).toEqual([])
  })
})
