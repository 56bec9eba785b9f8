import { validateChatOptions, ChatError } from '@chatmount/core'
import { checkRouteOptions, routeWidgets, withWidget } from '@chatmount/core/routes'
import type { AstroIntegration } from 'astro'
import type { AstroChatOptions } from './client'

export type { AstroChatOptions } from './client'

const invalid = (option: string, why: string) =>
  new ChatError('config', `Invalid option "${option}": ${why}`)

/** The options go into every page as JSON: a function would be dropped without a word. */
function checkData(value: unknown, path: string): void {
  if (typeof value == 'function')
    throw invalid(
      path,
      '@chatmount/astro writes the options into every page as data, and a function cannot be; call startChat from @chatmount/element in a script of your own.',
    )
  if (value && typeof value == 'object')
    for (const [key, field] of Object.entries(value))
      checkData(field, path ? `${path}.${key}` : key)
}

/**
 * The chat on every page of an Astro site: `integrations: [chatmount({ provider, token, load,
 * hideOn, … })]`. The options are checked when Astro loads the config (a bad one stops the build
 * with a `ChatError('config')` naming it) and written into a script Astro bundles into every page;
 * with `<ClientRouter />` the one chat lives across the visit.
 */
export default function chatmount(options: AstroChatOptions): AstroIntegration {
  return {
    name: '@chatmount/astro',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        const { hideOn, pageViews, widgets = [], ...chatOptions } = options
        validateChatOptions(chatOptions)
        checkRouteOptions({ hideOn, pageViews })
        routeWidgets(widgets)
        for (const widget of widgets) validateChatOptions(withWidget(chatOptions, widget))
        if (typeof (chatOptions.provider ?? 'raychat') != 'string') {
          throw invalid(
            'provider',
            '@chatmount/astro takes a built-in provider by name; for a provider of your own, call startChat from @chatmount/element in a script of your own.',
          )
        }
        // Written once at build time, a nonce would be the same on every response: no nonce at all.
        if (chatOptions.nonce !== undefined) {
          throw invalid(
            'nonce',
            'a nonce is new for every response, and these options are written at build time; with a nonce-based CSP, use the script tag from @chatmount/element with the nonce of each response.',
          )
        }
        checkData(options, '')
        // The options as data (JSON, so nothing of them can become code).
        injectScript(
          'page',
          `import { startAstroChat } from '@chatmount/astro/client'\n` +
            `startAstroChat(${JSON.stringify(options)})`,
        )
      },
    },
  }
}
