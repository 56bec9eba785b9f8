// The Nuxt demo: @chatmount/nuxt with a chat in nuxt.config, on the emulated vendors (offline).
// Any option can be changed when the server starts: NUXT_PUBLIC_CHATMOUNT_PROVIDER=chatra
// NUXT_PUBLIC_CHATMOUNT_TOKEN=… NUXT_PUBLIC_CHATMOUNT_SCRIPT_URL=/emulators/chatra.js node .output/server/index.mjs
export default defineNuxtConfig({
  modules: ['@chatmount/nuxt'],
  chatmount: {
    provider: 'chaport',
    token: '5820a1375ddf087b2e54921d', // @chatmount/testing's demo token: the emulator takes it
    load: 'eager',
    scriptUrl: '/emulators/chaport.js',
    hideOn: ['/checkout'],
    // The support team's own widget on the Support page (a site with two teams, two vendors): the
    // demos' `supportWidget`, written out (the config is read before the workspace is built).
    widgets: [
      {
        on: ['/support'],
        provider: 'raychat',
        token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
        scriptUrl: '/emulators/raychat.js',
      },
    ],
  },
  css: ['@chatmount/e2e/demo.css'],
  app: {
    head: { title: 'chatmount · Nuxt demo', link: [{ rel: 'icon', href: 'data:,' }] },
  },
  // Offline and quiet: no devtools, no telemetry.
  devtools: { enabled: false },
  telemetry: false,
  compatibilityDate: '2026-01-01',
})
