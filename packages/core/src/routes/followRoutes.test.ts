// The route rules every framework package follows, on a recording chat and fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ChatStatus } from '../types'
import { followRoutes, PAGE_VIEW_WAIT, type RoutedChat } from './followRoutes'

function recordingChat(status: ChatStatus = 'ready', supportsPageView = true) {
  const calls: unknown[][] = []
  const chat: RoutedChat & { status: ChatStatus } = {
    status,
    getState: () => ({ status: chat.status }) as ReturnType<RoutedChat['getState']>,
    supports: (capability) => capability != 'pageView' || supportsPageView,
    pageView: (page) => void calls.push(['pageView', page]),
    setHidden: (reason, hidden) => void calls.push(['setHidden', reason, hidden]),
  }
  return {
    chat,
    calls,
    pageViews: () => calls.filter(([kind]) => kind == 'pageView').map(([, page]) => page),
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  history.replaceState(null, '', '/')
  document.title = 'Home'
})
afterEach(() => {
  vi.useRealTimers()
})

/** What a router does: the URL changes, then the app is told. */
function go(routes: ReturnType<typeof followRoutes>, path: string) {
  history.pushState(null, '', path)
  routes.navigated({ pathname: location.pathname, search: location.search, hash: location.hash })
}

describe('followRoutes: page views', () => {
  it('none for the first page; one per navigation after, with the URL and title the page then has', () => {
    const { chat, pageViews } = recordingChat()
    const routes = followRoutes(chat)
    routes.navigated('/')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT * 2)
    expect(pageViews()).toEqual([])
    go(routes, '/pricing?plan=team')
    document.title = 'Pricing'
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(pageViews()).toEqual([{ url: `${location.origin}/pricing?plan=team`, title: 'Pricing' }])
  })

  it('a burst of navigations is one page view, for where it ended', () => {
    const { chat, pageViews } = recordingChat()
    const routes = followRoutes(chat)
    routes.navigated('/')
    go(routes, '/a')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT - 1)
    go(routes, '/b')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT - 1)
    go(routes, '/c')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(pageViews()).toEqual([{ url: `${location.origin}/c`, title: 'Home' }])
  })

  it('a hash-only change, or the same route again, is no page view; a new query is', () => {
    const { chat, pageViews } = recordingChat()
    const routes = followRoutes(chat)
    routes.navigated('/docs')
    go(routes, '/docs#install')
    go(routes, '/docs')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(pageViews()).toEqual([])
    go(routes, '/docs?page=2')
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(pageViews()).toHaveLength(1)
  })

  it('none before the vendor is ready, none when it cannot take them, none with pageViews: false', () => {
    const loading = recordingChat('loading')
    const routes = followRoutes(loading.chat)
    routes.navigated('/')
    go(routes, '/a')
    loading.chat.status = 'ready'
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(loading.pageViews()).toEqual([])

    for (const [chat, options] of [
      [recordingChat('ready', false), {}],
      [recordingChat(), { pageViews: false }],
    ] as const) {
      const other = followRoutes(chat.chat, options)
      other.navigated('/')
      go(other, '/b')
      vi.advanceTimersByTime(PAGE_VIEW_WAIT)
      expect(chat.pageViews()).toEqual([])
    }
  })

  it('stop() drops a pending page view', () => {
    const { chat, pageViews } = recordingChat()
    const routes = followRoutes(chat)
    routes.navigated('/')
    go(routes, '/a')
    routes.stop()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT * 2)
    expect(pageViews()).toEqual([])
  })
})

describe('followRoutes: hideOn', () => {
  it('hides as the route reason on a matching route (the first page too) and shows again on leaving', () => {
    const { chat, calls } = recordingChat()
    const routes = followRoutes(chat, { hideOn: ['/checkout/**'], pageViews: false })
    routes.navigated('/checkout')
    go(routes, '/checkout/pay')
    go(routes, '/')
    go(routes, '/pricing')
    expect(calls).toEqual([
      ['setHidden', 'route', true],
      ['setHidden', 'route', false],
    ])
  })

  it('stop() shows a widget only the route hid', () => {
    const { chat, calls } = recordingChat()
    const routes = followRoutes(chat, { hideOn: ['/checkout'] })
    routes.navigated('/')
    routes.stop()
    expect(calls).toEqual([])
    const again = followRoutes(chat, { hideOn: ['/checkout'] })
    again.navigated('/checkout/')
    again.stop()
    expect(calls).toEqual([
      ['setHidden', 'route', true],
      ['setHidden', 'route', false],
    ])
  })

  it('bad options are config errors naming them', () => {
    const { chat } = recordingChat()
    expect(() => followRoutes(chat, { hideOn: ['checkout'] })).toThrow(/"hideOn\[0\]"/)
    expect(() => followRoutes(chat, { pageViews: 'yes' as never })).toThrow(
      /Invalid option "pageViews": expected a boolean, got "yes"/,
    )
    expect(() => followRoutes(chat, { pageViews: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'config' }),
    )
  })
})
