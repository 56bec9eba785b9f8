// <ChatRoutes> with a location from any router: page views and hideOn, by core's route rules.
import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'
import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, render } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ChatProvider } from './ChatProvider'
import { ChatRoutes, type ChatRoutesProps } from './ChatRoutes'

let emulation: VendorEmulation
const wait = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))
const vendor = () => emulation.vendor('chaport')!

beforeEach(() => {
  emulation = emulateVendors()
})
afterEach(() => {
  cleanup()
  emulation.restore()
})

/** The app at `path`, as a router would render it; `go` is a navigation. */
async function appAt(path: string, props: Omit<ChatRoutesProps, 'pathname'> = {}) {
  const tree = (at: string) => {
    history.pushState(null, '', at)
    const { pathname, search } = location
    return (
      <StrictMode>
        <ChatProvider provider="chaport" token={demoTokens.chaport} load="eager">
          <ChatRoutes pathname={pathname} search={search} {...props} />
        </ChatProvider>
      </StrictMode>
    )
  }
  const view = render(tree(path))
  await wait(100)
  return { go: (at: string) => view.rerender(tree(at)), unmount: view.unmount }
}

describe('ChatRoutes', () => {
  it('one pageView per navigation with its URL, none for the first page, a burst as one (StrictMode)', async () => {
    const app = await appAt('/')
    const before = vendor().pageViews.length
    app.go('/pricing?plan=team')
    await wait(PAGE_VIEW_WAIT + 50)
    app.go('/a')
    app.go('/b')
    await wait(PAGE_VIEW_WAIT + 50)
    expect(
      vendor()
        .pageViews.slice(before)
        .map((view) => view.url),
    ).toEqual([`${location.origin}/pricing?plan=team`, `${location.origin}/b`])
  })

  it('hides on a hideOn route and shows again after, the same widget', async () => {
    const app = await appAt('/', { hideOn: ['/checkout/**'], pageViews: false })
    expect(vendor().isVisible).toBe(true)
    app.go('/checkout/pay')
    await wait(10)
    expect(vendor().isVisible).toBe(false)
    app.go('/')
    await wait(10)
    expect(vendor().isVisible).toBe(true)
    expect(emulation.scripts).toHaveLength(1)
  })

  it('a bad pattern is a config error during render', () => {
    expect(() =>
      render(
        <ChatProvider provider="chaport" token={demoTokens.chaport} load="manual">
          <ChatRoutes pathname="/" hideOn={['checkout']} />
        </ChatProvider>,
      ),
    ).toThrow(/Invalid option "hideOn\[0\]"/)
  })
})
