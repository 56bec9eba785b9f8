import { followRoutes, type RouteOptions } from '@chatmount/core/routes'
import type { App, Plugin } from 'vue'
import { injectChat, type ChatKey } from './chatKey'

/** What chatRoutes needs of a router: Vue Router 4 and 5 have it, and so does Nuxt's. */
export interface ChatRouter {
  afterEach(guard: (to: { fullPath: string }, from: unknown, failure?: unknown) => unknown): () => void
  currentRoute: { readonly value: { fullPath: string; matched: readonly unknown[] } }
}

export interface ChatRoutesOptions extends RouteOptions {
  /** The app's router (`createRouter(…)`), installed with `app.use(router)`. */
  router: ChatRouter
  /** The chat to follow, when the app holds more than one. */
  key?: ChatKey
}

/**
 * `app.use(chatRoutes, { router, hideOn, pageViews })`, after `app.use(chatPlugin, …)`: a page view
 * per navigation and the widget hidden on `hideOn` routes, by core's rules
 * (`@chatmount/core/routes`), from the router's `afterEach`. Failed or aborted navigations are not
 * navigations. On the server it adds nothing.
 */
export const chatRoutes = {
  install(app: App, { router, key, ...options }: ChatRoutesOptions) {
    const chat = app.runWithContext(() => injectChat(key, 'chatRoutes'))
    const routes = followRoutes(chat, options)
    if (typeof window == 'undefined') return
    const stopListening = router.afterEach((to, _from, failure) => failure || routes.navigated(to.fullPath))
    // Installed after the first navigation: where the app already is counts as the first page.
    const { value: current } = router.currentRoute
    if (current.matched.length) routes.navigated(current.fullPath)
    const stop = () => {
      stopListening()
      routes.stop()
    }
    if (app.onUnmount) app.onUnmount(stop)
    else {
      // Vue before 3.5 has no onUnmount hook.
      const unmount = app.unmount
      app.unmount = () => {
        unmount()
        stop()
      }
    }
  },
} satisfies Plugin<[ChatRoutesOptions]>
