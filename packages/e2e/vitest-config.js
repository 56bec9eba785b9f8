// Every demo's Vitest config: browser tests only (real Chromium against the production build in
// dist/), one file at a time, with room for a cold build in the hooks. Plain JavaScript, because
// Vitest loads config files' dependencies from the workspace without compiling them.
import { defineConfig } from 'vitest/config'

export const demoTestConfig = defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
