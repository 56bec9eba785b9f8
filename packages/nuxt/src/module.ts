import { addComponent, addImports, addPlugin, createResolver, defineNuxtModule } from '@nuxt/kit'
import type { CreateChatOptions, ProviderName } from '@chatmount/core'
import type { NuxtModule } from '@nuxt/schema'
import type { RouteOptions, RouteWidget } from '@chatmount/core/routes'

/**
 * The `chatmount` key of `nuxt.config.ts`: the options of a chat by provider name, plus `hideOn`
 * and `pageViews` for the router. They become `runtimeConfig.public.chatmount`, so each one can be
 * overridden when the app starts: `NUXT_PUBLIC_CHATMOUNT_TOKEN`, `NUXT_PUBLIC_CHATMOUNT_LOAD`,
 * `NUXT_PUBLIC_CHATMOUNT_HIDE_ON='["/checkout"]'`, …
 */
export interface ModuleOptions
  extends
    Partial<
      Pick<
        CreateChatOptions<ProviderName>,
        | 'load'
        | 'timeout'
        | 'consent'
        | 'scriptUrl'
        | 'nonce'
        | 'referrerPolicy'
        | 'visitor'
        | 'options'
      >
    >,
    RouteOptions {
  provider?: ProviderName
  token?: string
  /** Where the visitor goes when the vendor cannot load: a URL (a function cannot be config). */
  fallback?: string
  /** Another widget on some routes: `[{ on: ['/support/**'], provider: 'raychat', token }]`. */
  widgets?: RouteWidget[]
}

// Typed by hand: the inferred type names @nuxt/schema, which declaration files cannot spell.
const chatmountModule: NuxtModule<ModuleOptions, ModuleOptions, false> =
  defineNuxtModule<ModuleOptions>({
    meta: { name: '@chatmount/nuxt', configKey: 'chatmount', compatibility: { nuxt: '>=4.0.0' } },
    // Every key is here so that its NUXT_PUBLIC_CHATMOUNT_* variable overrides it at run time.
    defaults: {
      provider: 'raychat',
      token: '',
      load: 'idle',
      timeout: 15_000,
      consent: true,
      scriptUrl: '',
      nonce: '',
      referrerPolicy: '' as ReferrerPolicy,
      fallback: '',
      hideOn: [],
      pageViews: true,
      widgets: [],
    },
    setup(options, nuxt) {
      const { resolve } = createResolver(import.meta.url)
      const publicConfig = nuxt.options.runtimeConfig.public as Record<string, unknown>
      publicConfig.chatmount = { ...options, ...(publicConfig.chatmount as object | undefined) }
      // The chat lives in the browser only; on the server, useChat() answers the state of no chat yet.
      addPlugin({ src: resolve('./runtime/chat.client'), mode: 'client' })
      addPlugin({ src: resolve('./runtime/chat.server'), mode: 'server' })
      addImports(['useChat', 'useChatEvent'].map((name) => ({ name, from: '@chatmount/vue' })))
      // Auto-imported (and typed) in templates; the plugins also register it on the app, so it is
      // global for <component :is="'ChatLauncher'"> and content renderers, without an async chunk.
      addComponent({ name: 'ChatLauncher', export: 'ChatLauncher', filePath: '@chatmount/vue' })
    },
  })

export default chatmountModule
