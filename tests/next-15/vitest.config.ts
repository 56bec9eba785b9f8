import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig } from 'vitest/config'

// The Next package's test files, with every import of Next pointed at this folder's copy
// (Next 15) instead of the workspace's Next 16.
const here = createRequire(import.meta.url)
const folderOf = (name: string) => dirname(here.resolve(`${name}/package.json`))

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: [{ find: /^next(?=\/|$)/, replacement: folderOf('next') }],
  },
  test: {
    include: ['next15.test.ts', '../../packages/next/src/**/*.test.tsx'],
    environment: 'jsdom',
  },
})
