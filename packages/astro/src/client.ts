// The chat of an Astro site, started once per visit by the script the integration adds to every
// page (Astro runs a page's bundled scripts once, not again at each `<ClientRouter />` navigation).
import type { CreateChatOptions, ProviderName } from '@chatmount/core'
import { followRoutes, type RouteOptions } from '@chatmount/core/routes'
import { startChat } from '@chatmount/element'
import { keepAcrossSwaps } from './keepAcrossSwaps'
import { providerModules } from './providerModules'

/** What the integration passes: `createChat`'s options and the route options. */
export type AstroChatOptions = CreateChatOptions<ProviderName> & RouteOptions

/**
 * Start the site's chat (`@chatmount/element`'s `startChat`: `window.chatmount`,
 * `<chatmount-launcher>`, errors as `chatmount:error`), follow Astro's navigations (a page view
 * each, `hideOn`), and keep the vendor in the page across them.
 */
export function startAstroChat({ hideOn, pageViews, ...options }: AstroChatOptions): void {
  const chat = startChat(options)
  let elements: string | undefined
  // A provider chunk that fails to arrive is the chat's load_failed error, reported there.
  providerModules[options.provider ?? 'raychat']().then(
    (definition) => (elements = definition.elements),
    () => {},
  )
  keepAcrossSwaps(document, () => elements)
  const routes = followRoutes(chat, { hideOn, pageViews })
  // The first page, and each one `<ClientRouter />` swaps in (on the first one again: no page view).
  routes.navigated(location)
  document.addEventListener('astro:page-load', () => routes.navigated(location))
}
