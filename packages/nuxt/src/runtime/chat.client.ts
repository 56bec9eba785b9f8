import { createChatHandle } from '@chatmount/core'
import { ChatLauncher, chatRoutes, defaultChatKey } from '@chatmount/vue'
import { defineNuxtPlugin, useRouter, useRuntimeConfig } from 'nuxt/app'
import { chatOptions } from './chatOptions'

/**
 * The app's chat, from `runtimeConfig.public.chatmount`, following the Nuxt router (and its route
 * widgets). Components get it at once; the chat itself starts once the page has hydrated, so what
 * hydration sees is the state the server rendered (a chat that does not exist yet), and a chat that
 * starts loading during hydration never shows as a mismatch.
 */
export default defineNuxtPlugin({
  name: 'chatmount',
  setup(nuxtApp) {
    const { routes, optionsOn } = chatOptions(useRuntimeConfig().public.chatmount)
    const handle = createChatHandle()
    const router = useRouter()
    nuxtApp.vueApp.provide(defaultChatKey, handle).component('ChatLauncher', ChatLauncher)
    nuxtApp.vueApp.use(chatRoutes, { router, ...routes })
    nuxtApp.hooks.hookOnce('app:suspense:resolve', () => {
      handle.setOptions(optionsOn(router.currentRoute.value.path))
      // A route widget's pages have their own: the handle re-creates the chat where it changes.
      router.afterEach((to) => handle.setOptions(optionsOn(to.path)))
    })
    nuxtApp.vueApp.onUnmount(() => handle.setOptions(null))
  },
})
