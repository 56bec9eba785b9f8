import { act, render } from '@testing-library/react'
import {
  PathnameContext,
  SearchParamsContext,
} from 'next/dist/shared/lib/hooks-client-context.shared-runtime'
import { StrictMode, type ReactNode } from 'react'

/** Let effects, the deferred start, next/script and the emulated load run. */
export const settle = (ms = 50) => act(() => new Promise((resolve) => setTimeout(resolve, ms)))

export const vendorScripts = () => [
  ...document.querySelectorAll<HTMLScriptElement>('script[data-chatmount]'),
]

/** The App Router as the hooks see it: the contexts Next provides for the current URL. */
function AppRouterAt({ path, children }: { path: string; children: ReactNode }) {
  const url = new URL(path, location.origin)
  return (
    <PathnameContext.Provider value={url.pathname}>
      <SearchParamsContext.Provider value={url.searchParams}>
        {children}
      </SearchParamsContext.Provider>
    </PathnameContext.Provider>
  )
}

export interface RenderedApp {
  /** A client-side navigation: the URL changes, then the router re-renders, as Next's does. */
  navigate(to: string): void
  /** The same route with a new app (new props). */
  rerender(app: ReactNode): void
}

/** Render an app at `path`, in StrictMode as `next dev` does. */
export function renderApp(path: string, app: ReactNode): RenderedApp {
  history.replaceState(null, '', path)
  const at = (to: string, content: ReactNode) => (
    <StrictMode>
      <AppRouterAt path={to}>{content}</AppRouterAt>
    </StrictMode>
  )
  const view = render(at(path, app))
  return {
    navigate(to) {
      history.pushState(null, '', to)
      view.rerender(at(to, app))
    },
    rerender(next) {
      app = next
      view.rerender(at(location.pathname + location.search, app))
    },
  }
}
