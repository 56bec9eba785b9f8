import { traceOnFailure } from '@chatmount/e2e/vitest-config'
import { defineConfig } from 'vitest/config'

// Real Chromium against fixture pages bundled from the built packages: one file at a time, no
// retries, a Playwright trace kept for each failed test.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    setupFiles: [traceOnFailure],
    retry: 0,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
