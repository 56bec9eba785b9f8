import { createChatHandle } from '@chatmount/core'
import { ChatLauncher, chatRoutes, defaultChatKey } from '@chatmount/vue'
import { defineNuxtPlugin, useRouter, useRuntimeConfig } from 'nuxt/app'
import { chatOptions } from './chatOptions'

/**
 * The app's chat, from `runtimeConfig.public.chatmount`, following the Nuxt router. Components get
 * it at once; the chat itself starts once the page has hydrated, so what hydration sees is the
 * state the server rendered (a chat that does not exist yet), and a chat that starts loading
 * during hydration never shows as a mismatch.
 */
export default defineNuxtPlugin({
  name: 'chatmount',
  setup(nuxtApp) {
    const { chat, routes } = chatOptions(useRuntimeConfig().public.chatmount)
    const handle = createChatHandle()
    nuxtApp.vueApp.provide(defaultChatKey, handle).component('ChatLauncher', ChatLauncher)
    nuxtApp.vueApp.use(chatRoutes, { router: useRouter(), ...routes })
    nuxtApp.hooks.hookOnce('app:suspense:resolve', () => handle.setOptions(chat))
    nuxtApp.vueApp.onUnmount(() => handle.setOptions(null))
  },
})
