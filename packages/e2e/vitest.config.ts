import { defineConfig } from 'vitest/config'
import { traceOnFailure } from './vitest-config.js'

export default defineConfig({
  test: {
    setupFiles: [traceOnFailure],
    retry: 0,
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
