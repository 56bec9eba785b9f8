// The chat of an Astro site, started once per visit by the script the integration adds to every
// page (Astro runs a page's bundled scripts once, not again at each `<ClientRouter />` navigation).
import type { CreateChatOptions, ProviderName } from '@chatmount/core'
import {
  followRoutes,
  routeWidgets,
  type RouteOptions,
  type RouteWidget,
} from '@chatmount/core/routes'
import { startChat } from '@chatmount/element'
import { keepAcrossSwaps } from './keepAcrossSwaps'
import { providerModules } from './providerModules'

/** What the integration passes: `createChat`'s options, the route options, and route widgets. */
export type AstroChatOptions = CreateChatOptions<ProviderName> &
  RouteOptions & {
    /** Another widget on some routes (`@chatmount/core/routes`'s `RouteWidget`). */
    widgets?: RouteWidget[]
  }

/**
 * Start the site's chat (`@chatmount/element`'s `startChat`: `window.chatmount`,
 * `<chatmount-launcher>`, errors as `chatmount:error`), follow Astro's navigations (a page view
 * each, `hideOn`), and keep the vendor in the page across them. Where a route widget's pages begin
 * or end, the chat is replaced by one with that page's widget: one vendor in the page at a time.
 */
export function startAstroChat({ hideOn, pageViews, widgets, ...options }: AstroChatOptions): void {
  const optionsOn = routeWidgets(widgets)
  let elements: string | undefined
  keepAcrossSwaps(document, () => elements)

  function start(widget: CreateChatOptions<ProviderName>) {
    const chat = startChat(widget)
    elements = undefined
    // A provider chunk that fails to arrive is the chat's load_failed error, reported there.
    providerModules[widget.provider ?? 'raychat']().then(
      (definition) => chat == window.chatmount && (elements = definition.elements),
      () => {},
    )
    const routes = followRoutes(chat, { hideOn, pageViews })
    // Its first page: no page view.
    routes.navigated(location)
    return { chat, routes, widget }
  }

  let current = start(optionsOn(options, location.pathname))
  // Each page `<ClientRouter />` swaps in (on the first one again: no page view).
  document.addEventListener('astro:page-load', () => {
    const widget = optionsOn(options, location.pathname)
    if (widget == current.widget) return current.routes.navigated(location)
    current.chat.destroy()
    current = start(widget)
  })
}
