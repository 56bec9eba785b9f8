import { followRoutes, type RouteOptions } from '@chatmount/core/routes'
import { useEffect, useMemo } from 'react'
import { useChatHandle } from './context'

export interface ChatRoutesProps extends RouteOptions {
  /** The current path, from any router: React Router's `useLocation().pathname`, TanStack's, or your own. */
  pathname: string
  /** The current query (`?plan=team` or `plan=team`); a new one is a page view too. */
  search?: string
}

/**
 * Route-aware chat for any React router: a page view per navigation and the widget hidden on
 * `hideOn` routes, by core's rules (`@chatmount/core/routes`). Render it under `<ChatProvider>`
 * with the router's location: `<ChatRoutes pathname={location.pathname} search={location.search} />`.
 * Renders nothing; bad options throw a `ChatError('config')` during render.
 */
export function ChatRoutes({ pathname, search = '', hideOn, pageViews }: ChatRoutesProps): null {
  const handle = useChatHandle('ChatRoutes')
  const optionsKey = JSON.stringify([hideOn ?? null, pageViews ?? true])
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the options' content is the key
  const routes = useMemo(() => followRoutes(handle, { hideOn, pageViews }), [handle, optionsKey])
  useEffect(() => () => routes.stop(), [routes])
  useEffect(() => routes.navigated({ pathname, search }), [routes, pathname, search])
  return null
}
