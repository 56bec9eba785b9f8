import { defineConfig } from 'vitest/config'

// Measurements, run on demand (`pnpm bench`), never part of the test command.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
})
