import { followRoutes, type RouteLocation, type RouteOptions } from '@chatmount/core/routes'
import { createEffect, onCleanup } from 'solid-js'
import { useChat } from './context'

/**
 * A page view per navigation and the widget hidden on `hideOn` routes, by core's rules
 * (`@chatmount/core/routes`), from wherever the app is: a function that reads the location
 * reactively. With `@solidjs/router`: `const location = useLocation()`, then
 * `useChatRoutes(() => location, { hideOn: ['/checkout'] })` (any router's `{ pathname, search,
 * hash }`, or a path, works: nothing of the router is imported). Follows for as long as the
 * component lives; nothing on the server.
 */
export function useChatRoutes(location: () => RouteLocation, options: RouteOptions = {}): void {
  const routes = followRoutes(useChat(), options)
  // What navigated() reads of the location (a router's reactive one) is what the effect follows.
  createEffect(() => routes.navigated(location()))
  onCleanup(() => routes.stop())
}
