import { followRoutes, type RouteLocation, type RouteOptions } from '@chatmount/core/routes'
import { getChat, type ChatKey } from './chatContext.js'

export interface ChatRoutesOptions extends RouteOptions {
  /** The chat to follow, when the app holds more than one. */
  chatKey?: ChatKey
}

/**
 * A page view per navigation and the widget hidden on `hideOn` routes, by core's rules
 * (`@chatmount/core/routes`), from wherever the app is: a function that reads the current location
 * reactively (a `URL`, a router's `{ pathname, search, hash }`, or a path such as `'/pricing?plan=team'`). In SvelteKit, `followChatRoutes(() => page.url, { hideOn: ['/checkout'] })` with
 * `page` from `$app/state`, in the root layout below `setChat`; any router's location works.
 * Follows for as long as the component lives; nothing on the server.
 */
export function followChatRoutes(
  url: () => RouteLocation,
  { chatKey, ...options }: ChatRoutesOptions = {},
): void {
  const routes = followRoutes(getChat(chatKey), options)
  $effect(() => routes.navigated(url()))
  $effect(() => () => routes.stop())
}
