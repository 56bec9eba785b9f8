import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  // The emulators from their sources: @chatmount/testing reads the vendors' descriptions from core,
  // so core cannot depend on its build.
  resolve: {
    alias: {
      '@chatmount/testing': fileURLToPath(new URL('../testing/src/index.ts', import.meta.url)),
      '@chatmount/core/vendors': fileURLToPath(new URL('./src/vendors/index.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/__fixtures__/engineLoaded.ts', 'src/__fixtures__/noNetwork.ts'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
    // Type-only modules and entry files that only re-export are left out too.
    coverage: coverage(95, [
      'src/{types,options,client,env.d}.ts',
      'src/base.ts',
      'src/routes/index.ts',
    ]),
  },
})
