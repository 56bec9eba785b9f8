import { isPlatformBrowser } from '@angular/common'
import {
  DestroyRef,
  inject,
  makeEnvironmentProviders,
  PLATFORM_ID,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core'
import { NavigationEnd, Router } from '@angular/router'
import { ChatService } from '@chatmount/angular'
import { checkRouteOptions, followRoutes, type RouteOptions } from '@chatmount/core/routes'

/**
 * `provideChat({ … }, withRouter({ hideOn, pageViews }))`: a page view per navigation and the widget
 * hidden on `hideOn` routes, by core's rules (`@chatmount/core/routes`), from the Router's
 * `NavigationEnd` (the URL after redirects). Cancelled and failed navigations are none. On the
 * server it only checks its options.
 */
export function withRouter(options: RouteOptions = {}): EnvironmentProviders {
  checkRouteOptions(options)
  return makeEnvironmentProviders([
    provideEnvironmentInitializer(() => {
      if (!isPlatformBrowser(inject(PLATFORM_ID))) return
      const chat = inject(ChatService)
      const router = inject(Router)
      const routes = followRoutes(
        {
          getState: () => chat.state(),
          supports: chat.supports,
          pageView: chat.pageView,
          setHidden: chat.setHidden,
        },
        options,
      )
      // Provided after the first navigation (a lazy route's injector): where the app is is the first page.
      if (router.navigated) routes.navigated(router.url)
      const subscription = router.events.subscribe((event) => {
        if (event instanceof NavigationEnd) routes.navigated(event.urlAfterRedirects)
      })
      inject(DestroyRef).onDestroy(() => {
        subscription.unsubscribe()
        routes.stop()
      })
    }),
  ])
}
