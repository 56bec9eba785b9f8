import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  test: {
    coverage: coverage(90),
    environment: 'jsdom',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
  },
})
