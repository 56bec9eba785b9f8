import type { RouteOptions } from '@chatmount/core/routes'
import { ChatRoutes } from '@chatmount/react'
import { useRouter as usePagesRouter } from 'next/compat/router'
import { usePathname, useSearchParams } from 'next/navigation'
import { useEffect, useReducer } from 'react'

/**
 * Next's router location for `<ChatRoutes>`, which applies core's route rules: the App Router's
 * pathname and search params, or the Pages Router's `asPath`, read again on each
 * `routeChangeComplete`. Render it inside `<Suspense>`: `useSearchParams` opts a statically
 * rendered page out of prerendering up to the nearest boundary.
 */
export function NextRoutes(options: RouteOptions) {
  const pagesRouter = usePagesRouter()
  const pathname = usePathname() ?? '/'
  const search = useSearchParams()?.toString() ?? ''
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  const events = pagesRouter?.events
  useEffect(() => {
    events?.on('routeChangeComplete', rerender)
    return () => events?.off('routeChangeComplete', rerender)
  }, [events])
  if (!pagesRouter) return <ChatRoutes pathname={pathname} search={search} {...options} />
  const at = new URL(pagesRouter.asPath, 'http://next.invalid')
  return <ChatRoutes pathname={at.pathname} search={at.search} {...options} />
}
