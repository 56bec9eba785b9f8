import { defineConfig } from 'vitest/config'

// Browser tests only (real Chromium against the production build in dist/): see @chatmount/e2e.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
