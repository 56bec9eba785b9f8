import type { CreateChatOptions } from '../createChat'
import type { ProviderName } from '../builtinProviders'
import { invalid } from '../validateOptions'
import { routeMatcher } from './routeMatcher'

/**
 * Another widget on some pages (a support team's, on `/support/**`): its own vendor, token and
 * settings in place of the chat's there. Written as data, so a framework's config can hold it.
 */
export interface RouteWidget {
  /** Path patterns, as `hideOn`'s: `'/support/**'`. */
  on: readonly string[]
  /** Default: the chat's own provider (another token of the same vendor). */
  provider?: ProviderName
  token: string
  /** The provider's settings on these pages. */
  options?: object
  /** Where its script comes from (a self-hosted copy, an emulator). */
  scriptUrl?: string
}

/** What makes a widget: a route widget's, or else the chat's own. */
type WidgetOptions = Pick<
  CreateChatOptions<ProviderName>,
  'provider' | 'token' | 'options' | 'scriptUrl'
>

/**
 * The chat's options on a page: where a route widget's patterns match (the first that does), its
 * provider, token, settings and script URL in place of the chat's; everything else (loading,
 * consent, timeout, nonce) stays the chat's, and the same object comes back for the same widget.
 * Another vendor or token re-creates the chat, one vendor in the page at a time. Bad patterns or entries are a `ChatError('config')` naming
 * `widgets[i]`.
 */
export function routeWidgets(
  widgets: readonly RouteWidget[] = [],
): <O extends WidgetOptions>(options: O, pathname: string) => O {
  if (!Array.isArray(widgets)) throw invalid('widgets', widgets, 'an array of { on, token }')
  const matchers = widgets.map((widget: unknown, index) => {
    const { on, token } = (widget ?? {}) as Partial<RouteWidget>
    if (typeof token != 'string') throw invalid(`widgets[${index}].token`, token, 'a token')
    return routeMatcher(on ?? (null as never), `widgets[${index}].on`)
  })
  // The same object for the same options and widget: a page of the same widget changes nothing.
  const made = new WeakMap<object, object[]>()
  return (options, pathname) => {
    const index = matchers.findIndex((matches) => matches(pathname))
    if (index < 0) return options
    const mine = made.get(options) ?? []
    made.set(options, mine)
    return (mine[index] ??= withWidget(options, widgets[index]!)) as typeof options
  }
}

/** The chat's options with a route widget's in place of its own (to check each one up front). */
export function withWidget<O extends WidgetOptions>(options: O, widget: RouteWidget): O {
  const { provider = options.provider, token, options: settings, scriptUrl } = widget
  return { ...options, provider, token, options: settings, scriptUrl }
}
