import { defineConfig } from 'vitest/config'

// The tests that run in plain Node against the built package (server rendering, importing with no
// DOM). Everything else runs through `ng test` (angular.json), in jsdom.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.node.test.ts'],
  },
})
