import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  test: {
    coverage: coverage(90),
    environment: 'jsdom',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'src/**/*.test-d.tsx'] },
  },
})
