import { defineConfig } from 'vitest/config'

// The global setup packs the packages and fetches the generators once; then the packages' checks,
// the apps at the current majors and those at the oldest majors run side by side. Installs and
// builds take a while.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/globalSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
})
