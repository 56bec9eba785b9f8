import { defineConfig } from 'vitest/config'

// One file, in order: each step uses what the one before made. Installs and builds take a while.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
})
