import { validateChatOptions, ChatError } from '@chatmount/core'
import { checkRouteOptions } from '@chatmount/core/routes'
import type { AstroIntegration } from 'astro'
import type { AstroChatOptions } from './client'

export type { AstroChatOptions } from './client'

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
        const { hideOn, pageViews, ...chatOptions } = options
        validateChatOptions(chatOptions)
        checkRouteOptions({ hideOn, pageViews })
        if (typeof (chatOptions.provider ?? 'raychat') != 'string') {
          throw new ChatError(
            'config',
            'Invalid option "provider": @chatmount/astro takes a built-in provider by name; for a provider of your own, call startChat from @chatmount/element in a script of your own.',
          )
        }
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
