import solid from 'vite-plugin-solid'
import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

// The test fixtures are JSX, compiled by Solid's plugin (the package itself has none); server
// rendering runs in Node with Solid's server build.
export default defineConfig({
  test: {
    coverage: coverage(90, ['src/__fixtures__/**']),
    projects: [
      {
        extends: true,
        plugins: [solid()],
        test: {
          name: 'browser',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: ['src/**/serverRendering.test.tsx'],
        },
      },
      {
        extends: true,
        plugins: [solid({ ssr: true, solid: { generate: 'ssr', hydratable: false } })],
        resolve: { conditions: ['node'] },
        ssr: { resolve: { conditions: ['node'], externalConditions: ['node'] } },
        test: { name: 'server', environment: 'node', include: ['src/**/serverRendering.test.tsx'] },
      },
    ],
  },
})
