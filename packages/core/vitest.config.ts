import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  test: {
    environment: 'jsdom',
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // Type-only modules and entry files that only re-export are left out too.
    coverage: coverage(95, [
      'src/{types,options,client,env.d}.ts',
      'src/base.ts',
      'src/routes/index.ts',
    ]),
  },
})
