import svelte from '@astrojs/svelte'
import chatmount from '@chatmount/astro'
import { defineConfig } from 'astro/config'

// The chat on every page, kept across <ClientRouter /> navigations; the vendor is Chaport's
// emulator (`pnpm emulators` puts it in public/), hidden on the checkout page. The sales team's
// page has its own widget (Chatra), and so has the support team's (Raychat): the demos' tokens and
// `supportWidget`, written out (the config is read before the workspace is built).
export default defineConfig({
  integrations: [
    // For an island (src/components/AskAboutPricing.svelte): any framework's would do.
    svelte(),
    chatmount({
      provider: 'chaport',
      token: '5820a1375ddf087b2e54921d',
      scriptUrl: '/emulators/chaport.js',
      hideOn: ['/checkout'],
      widgets: [
        {
          on: ['/sales'],
          provider: 'chatra',
          token: 'DemoChatraId2024x',
          scriptUrl: '/emulators/chatra.js',
        },
        {
          on: ['/support'],
          provider: 'raychat',
          token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
          scriptUrl: '/emulators/raychat.js',
        },
      ],
    }),
  ],
  // pricing.html rather than pricing/index.html: /pricing, as the other demos' routes.
  build: { format: 'file' },
  devToolbar: { enabled: false },
})
