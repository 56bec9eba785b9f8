import { validateChatOptions, type CreateChatOptions, type ProviderName } from '@chatmount/core'
import {
  checkRouteOptions,
  routeWidgets,
  withWidget,
  type RouteOptions,
  type RouteWidget,
} from '@chatmount/core/routes'

/**
 * The runtime config as chat and route options, and the chat's options on a page (`widgets`: another
 * widget on some routes). Empty strings are unset (runtime config has a value for every key, so its
 * environment variables can override it); invalid options, a route widget's too, throw the
 * ChatError('config') that names them.
 */
export function chatOptions(config: unknown): {
  chat: CreateChatOptions<ProviderName>
  routes: RouteOptions
  optionsOn: (pathname: string) => CreateChatOptions<ProviderName>
} {
  const { hideOn, pageViews, widgets = [], ...rest } = { ...(config as Record<string, unknown>) }
  const chat = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== '' && value != null),
  ) as unknown as CreateChatOptions<ProviderName>
  const routes = {
    hideOn: hideOn as string[] | undefined,
    pageViews: pageViews as boolean | undefined,
  }
  validateChatOptions(chat)
  checkRouteOptions(routes)
  const onRoute = routeWidgets(widgets as RouteWidget[])
  for (const widget of widgets as RouteWidget[]) validateChatOptions(withWidget(chat, widget))
  return { chat, routes, optionsOn: (pathname) => onRoute(chat, pathname) }
}
