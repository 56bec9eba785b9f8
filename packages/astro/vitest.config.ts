import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  test: {
    // index.ts is the integration (tested here, not a re-export): counted.
    coverage: { ...coverage(90), exclude: ['src/**/*.test.ts'] },
    environment: 'jsdom',
    // Astro's swap functions read import.meta.env: run them through Vite as Astro's build does.
    server: { deps: { inline: ['astro'] } },
  },
})
