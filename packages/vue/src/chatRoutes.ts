import { ChatError, type ChatHandle } from '@chatmount/core'
import { followRoutes, type RouteOptions } from '@chatmount/core/routes'
import { getCurrentInstance, onScopeDispose, type App, type Plugin } from 'vue'
import { onAppUnmount } from './appUnmount'
import { injectChat, type ChatKey } from './chatKey'

/** What route following needs of a router: Vue Router 4 and 5 have it, and so does Nuxt's. */
export interface ChatRouter {
  afterEach(
    guard: (to: { fullPath: string }, from: unknown, failure?: unknown) => unknown,
  ): () => void
  currentRoute: { readonly value: { fullPath: string; matched: readonly unknown[] } }
}

export interface ChatRoutesOptions extends RouteOptions {
  /** The app's router (`createRouter(…)`), installed with `app.use(router)`. */
  router: ChatRouter
  /** The chat to follow, when the app holds more than one. */
  key?: ChatKey
}

/** Follow the router's navigations with core's rules; answers how to stop. */
function followRouter(chat: ChatHandle, router: ChatRouter, options: RouteOptions): () => void {
  const routes = followRoutes(chat, options)
  if (typeof window == 'undefined') return () => {}
  // Failed or aborted navigations are no navigations.
  const stopListening = router.afterEach(
    (to, _from, failure) => failure || routes.navigated(to.fullPath),
  )
  // Started after the first navigation: where the app already is counts as the first page.
  const { value: current } = router.currentRoute
  if (current.matched.length) routes.navigated(current.fullPath)
  return () => {
    stopListening()
    routes.stop()
  }
}

/**
 * `app.use(chatRoutes, { router, hideOn, pageViews })`, after `app.use(chatPlugin, …)`: a page view
 * per navigation and the widget hidden on `hideOn` routes, by core's rules
 * (`@chatmount/core/routes`), from the router's `afterEach`. On the server it adds nothing.
 */
export const chatRoutes = {
  install(app: App, { router, key, ...options }: ChatRoutesOptions) {
    const stop = followRouter(
      app.runWithContext(() => injectChat(key, 'chatRoutes')),
      router,
      options,
    )
    onAppUnmount(app, stop)
  },
} satisfies Plugin<[ChatRoutesOptions]>

/**
 * The same inside a component, for a chat a `<ChatWidget>` above it holds: follows the routes for
 * as long as the component lives. `router` defaults to the app's (`app.use(router)`).
 */
export function useChatRoutes({ router, key, ...options }: Partial<ChatRoutesOptions> = {}): void {
  const chat = injectChat(key, 'useChatRoutes')
  const appRouter =
    router ??
    (getCurrentInstance()?.appContext.config.globalProperties.$router as ChatRouter | undefined)
  if (!appRouter) {
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? 'useChatRoutes() found no router: pass { router }, or install one with app.use(router).'
        : 'config: router',
    )
  }
  onScopeDispose(followRouter(chat, appRouter, options))
}
