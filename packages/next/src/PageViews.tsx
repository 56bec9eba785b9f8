import { useChat } from '@chatmount/react'
import { useRouter as usePagesRouter } from 'next/compat/router'
import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect, useRef, useState } from 'react'
import { debounce } from './pageViewDebounce'

/**
 * One `pageView` per client-side navigation, a burst counting as one, with the URL the visitor
 * ends up on. Sent once the vendor is ready: before that, it sees the page it loads on by itself.
 * App Router: pathname and search params; Pages Router: its `routeChangeComplete` events.
 * Render it inside `<Suspense>`: `useSearchParams` opts a statically rendered page out of
 * prerendering up to the nearest boundary.
 */
export function PageViews(): null {
  const { pageView, supports, state } = useChat()
  const ready = state.status == 'ready'
  const [views] = useState(() =>
    debounce(() => supports('pageView') && pageView({ url: location.href, title: document.title })),
  )
  useEffect(() => views.cancel, [views])

  const pagesRouter = usePagesRouter()
  const route = `${usePathname()}?${useSearchParams()}`
  const lastRoute = useRef(route)
  useEffect(() => {
    // The first route is the page the vendor loads on, not a navigation.
    if (pagesRouter || lastRoute.current == route) return
    lastRoute.current = route
    if (ready) views.schedule()
  }, [pagesRouter, route, ready, views])

  const pagesEvents = pagesRouter?.events
  useEffect(() => {
    if (!ready) return
    pagesEvents?.on('routeChangeComplete', views.schedule)
    return () => pagesEvents?.off('routeChangeComplete', views.schedule)
  }, [pagesEvents, ready, views])
  return null
}
