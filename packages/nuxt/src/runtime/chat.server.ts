import { createChatHandle } from '@chatmount/core'
import { earlyClicksScript } from '@chatmount/core/early'
import { ChatLauncher, defaultChatKey } from '@chatmount/vue'
import { defineNuxtPlugin, useHead, useRuntimeConfig } from 'nuxt/app'
import { chatOptions } from './chatOptions'

/**
 * On the server there is no chat: components that use one render with the state of a chat that
 * does not exist yet, which is also what the browser has when it hydrates. Bad options still fail
 * here. The page gets core's `earlyClicksScript` in its `<head>` (with the `nonce` option): a click
 * on a launcher before hydration opens the chat once the app has hydrated.
 */
export default defineNuxtPlugin({
  name: 'chatmount',
  setup(nuxtApp) {
    const { chat } = chatOptions(useRuntimeConfig().public.chatmount)
    useHead({ script: [{ innerHTML: earlyClicksScript, nonce: chat.nonce }] })
    nuxtApp.vueApp
      .provide(defaultChatKey, createChatHandle())
      .component('ChatLauncher', ChatLauncher)
  },
})
