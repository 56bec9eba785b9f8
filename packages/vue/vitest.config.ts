import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.{ts,tsx}'],
      exclude: [
        'src/**/*.test.{ts,tsx}',
        'src/**/*.test-d.{ts,tsx}',
        'src/__fixtures__/**',
        'src/index.ts',
      ],
      thresholds: { lines: 90 },
    },
    environment: 'jsdom',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
})
