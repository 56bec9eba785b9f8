// Every demo's Vitest config: browser tests only (real Chromium against the production build in
// dist/), one file at a time, with room for a cold build in the hooks. Plain JavaScript, because
// Vitest loads config files' dependencies from the workspace without compiling them.
import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'

/** Keeps a failed test's Playwright trace in `test-results/`: every browser test config uses it. */
export const traceOnFailure = fileURLToPath(new URL('./src/traceOnFailure.ts', import.meta.url))

export const demoTestConfig = defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    setupFiles: [traceOnFailure],
    // A flaky test is a bug to fix, not to retry.
    retry: 0,
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
