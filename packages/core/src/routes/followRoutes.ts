import type { ChatClient } from '../client'
import { invalid } from '../validateOptions'
import { routeMatcher } from './routeMatcher'

/** How long a burst of navigations may last and still count as one page view. */
export const PAGE_VIEW_WAIT = 300

/** What route following needs of a chat: a client or a framework package's handle. */
export type RoutedChat = Pick<ChatClient<any>, 'getState' | 'supports' | 'pageView' | 'setHidden'>

export interface RouteOptions {
  /** Path patterns where the widget hides: `'/checkout'`, `'/account/*'`, `'/docs/**'`. */
  hideOn?: readonly string[]
  /** One `pageView` per client-side navigation. Default `true`. */
  pageViews?: boolean
}

/** Where the app is: a router's location, or a path such as `'/pricing?plan=team'`. */
export type RouteLocation = string | { pathname: string; search?: string; hash?: string }

export interface ChatRoutes {
  /** Where the app is now: call once at the start and after every navigation. */
  navigated(location: RouteLocation): void
  /** Stop following: a pending page view is dropped, a widget the route hid is shown again. */
  stop(): void
}

/**
 * The route rules of every framework package, once. The first location is the page the vendor
 * loads on, so it is no page view; nor is a navigation before the vendor is ready (it then sees
 * its page by itself), nor one that only changes the hash. A burst of navigations is one page
 * view, `PAGE_VIEW_WAIT` ms after the last, with the URL and title the page has by then. `hideOn`
 * hides the widget as one reason (`setHidden('route', …)`): leaving the route never shows a widget
 * the app hid itself. Bad options throw `ChatError('config')` naming them.
 */
export function followRoutes(chat: RoutedChat, options: RouteOptions = {}): ChatRoutes {
  const { isHidden, pageViews } = checkRouteOptions(options)
  let lastPath: string | undefined
  let hidden = false
  let timer: ReturnType<typeof setTimeout> | undefined

  const hide = (next: boolean) => {
    if (next == hidden) return
    hidden = next
    chat.setHidden('route', next)
  }
  // The URL and title the page has once the router has settled; outside a page, the route itself.
  const send = (fallbackHref: string) => {
    if (!chat.supports('pageView') || chat.getState().status != 'ready') return
    const url = typeof location == 'undefined' ? fallbackHref : location.href
    chat.pageView(typeof document == 'undefined' ? { url } : { url, title: document.title })
  }

  return {
    navigated(where) {
      const { pathname, search = '' } = typeof where == 'string' ? splitPath(where) : where
      const path = pathname + (search && !search.startsWith('?') ? `?${search}` : search)
      hide(isHidden(pathname))
      const first = lastPath === undefined
      const moved = lastPath !== path
      lastPath = path
      if (first || !moved || !pageViews || chat.getState().status != 'ready') return
      clearTimeout(timer)
      timer = setTimeout(() => send(path), PAGE_VIEW_WAIT)
    },
    stop() {
      clearTimeout(timer)
      hide(false)
    },
  }
}

/**
 * The options, checked: a `ChatError('config')` naming the first bad one. For adapters that must
 * fail where the options are given (a server render) before a chat exists to follow routes.
 */
export function checkRouteOptions({ hideOn, pageViews = true }: RouteOptions): {
  isHidden: (pathname: string) => boolean
  pageViews: boolean
} {
  const isHidden = routeMatcher(hideOn)
  if (typeof pageViews != 'boolean') throw invalid('pageViews', pageViews, 'a boolean')
  return { isHidden, pageViews }
}

function splitPath(path: string) {
  const url = new URL(path, 'http://route.invalid')
  return { pathname: url.pathname, search: url.search }
}
