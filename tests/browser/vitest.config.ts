import { defineConfig } from 'vitest/config'

// Real Chromium against fixture pages bundled from the built packages: one file at a time.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
