import type { AnyProvider, ProviderName } from '@chatmount/core'
import { effectScope, type App, type Plugin } from 'vue'
import { onAppUnmount } from './appUnmount'
import { defaultChatKey, type ChatKey } from './chatKey'
import { manageChat, type ReactiveChatOptions } from './manageChat'

export type ChatPluginOptions<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  ReactiveChatOptions<P> & {
    /** A name for this chat when the app holds more than one; `useChat(key)` finds it. */
    key?: ChatKey
  }

/**
 * `app.use(chatPlugin, { token, … })`: one chat for the whole app, every `createChat` option
 * (plain, ref or getter), destroyed when the app unmounts. On the server it adds nothing.
 * Several chats: `app.use(chatPlugin, [{ key: 'sales', … }, { key: 'support', … }])` (Vue installs
 * a plugin once per app, so they come in one call).
 */
export const chatPlugin = {
  install(app: App, options: ChatPluginOptions | ChatPluginOptions[]) {
    // A detached scope: the chats' watchers live as long as the app, not as some component.
    const scope = effectScope(true)
    for (const { key = defaultChatKey, ...chat } of Array.isArray(options) ? options : [options]) {
      app.provide(
        key,
        scope.run(() => manageChat(chat as ReactiveChatOptions))!,
      )
    }
    onAppUnmount(app, () => scope.stop())
  },
} satisfies Plugin<[ChatPluginOptions | ChatPluginOptions[]]>
