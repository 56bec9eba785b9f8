import svelte from '@astrojs/svelte'
import chatmount from '@chatmount/astro'
import { defineConfig } from 'astro/config'

// The chat on every page, kept across <ClientRouter /> navigations; the vendor is Chaport's
// emulator (`pnpm emulators` puts it in public/), hidden on the checkout page.
export default defineConfig({
  integrations: [
    // For an island (src/components/AskAboutPricing.svelte): any framework's would do.
    svelte(),
    chatmount({
      provider: 'chaport',
      token: '5820a1375ddf087b2e54921d',
      scriptUrl: '/emulators/chaport.js',
      hideOn: ['/checkout'],
    }),
  ],
  // pricing.html rather than pricing/index.html: /pricing, as the other demos' routes.
  build: { format: 'file' },
  devToolbar: { enabled: false },
})
