import { createChatHandle } from '@chatmount/core'
import { ChatLauncher, defaultChatKey } from '@chatmount/vue'
import { defineNuxtPlugin, useRuntimeConfig } from 'nuxt/app'
import { chatOptions } from './chatOptions'

/**
 * On the server there is no chat: components that use one render with the state of a chat that
 * does not exist yet, which is also what the browser has when it hydrates. Bad options still fail here.
 */
export default defineNuxtPlugin({
  name: 'chatmount',
  setup(nuxtApp) {
    chatOptions(useRuntimeConfig().public.chatmount)
    nuxtApp.vueApp
      .provide(defaultChatKey, createChatHandle())
      .component('ChatLauncher', ChatLauncher)
  },
})
