import { validateChatOptions, type CreateChatOptions, type ProviderName } from '@chatmount/core'
import { checkRouteOptions, type RouteOptions } from '@chatmount/core/routes'

/**
 * The runtime config as chat and route options. Empty strings are unset (runtime config has a
 * value for every key, so its environment variables can override it); invalid options throw the
 * ChatError('config') that names them.
 */
export function chatOptions(config: unknown): {
  chat: CreateChatOptions<ProviderName>
  routes: RouteOptions
} {
  const { hideOn, pageViews, ...rest } = { ...(config as Record<string, unknown>) }
  const chat = Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== '' && value != null),
  ) as unknown as CreateChatOptions<ProviderName>
  const routes = {
    hideOn: hideOn as string[] | undefined,
    pageViews: pageViews as boolean | undefined,
  }
  validateChatOptions(chat)
  checkRouteOptions(routes)
  return { chat, routes }
}
