import svelte from '@astrojs/svelte'
import chatmount from '@chatmount/astro'
import { supportWidget } from '@chatmount/e2e/demo'
import { demoTokens } from '@chatmount/testing'
import { defineConfig } from 'astro/config'

// The chat on every page, kept across <ClientRouter /> navigations; the vendor is Chaport's
// emulator (`pnpm emulators` puts it in public/), hidden on the checkout page. The sales team's
// page has its own widget (Chatra), and so has the support team's (Raychat).
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
          token: demoTokens.chatra,
          scriptUrl: '/emulators/chatra.js',
        },
        {
          on: [supportWidget.path],
          provider: supportWidget.provider,
          token: supportWidget.token,
          scriptUrl: supportWidget.scriptUrl,
        },
      ],
    }),
  ],
  // pricing.html rather than pricing/index.html: /pricing, as the other demos' routes.
  build: { format: 'file' },
  devToolbar: { enabled: false },
})
