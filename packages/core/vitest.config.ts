import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    environment: 'jsdom',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Tests, fixtures, type-only modules and entry files that only re-export.
      exclude: [
        'src/**/*.test.ts',
        'src/**/*.test-d.ts',
        'src/__fixtures__/**',
        'src/{types,options,client,env.d}.ts',
        'src/{index,base}.ts',
        'src/routes/index.ts',
      ],
      thresholds: { lines: 95 },
    },
  },
})
