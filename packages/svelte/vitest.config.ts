import { svelte } from '@sveltejs/vite-plugin-svelte'
import { svelteTesting } from '@testing-library/svelte/vite'
import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

// Two projects: the components in a DOM, compiled for the browser; server rendering in Node,
// compiled for the server (as SvelteKit renders a page).
export default defineConfig({
  plugins: [svelte()],
  test: {
    coverage: coverage(90, ['src/lib/index.ts', 'src/test/**']),
    projects: [
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'browser',
          environment: 'jsdom',
          include: ['src/**/*.test.ts'],
          exclude: ['src/**/serverRendering.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'server', environment: 'node', include: ['src/**/serverRendering.test.ts'] },
      },
    ],
  },
})
