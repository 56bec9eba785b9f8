import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig } from 'vitest/config'

// The React package's test files, with every import of React and Testing Library pointed at
// this folder's copies (React 18) instead of the workspace's React 19.
const here = createRequire(import.meta.url)
const folderOf = (name: string) => dirname(here.resolve(`${name}/package.json`))
const redirected = ['react-dom', 'react', '@testing-library/react', '@testing-library/dom']

export default defineConfig({
  esbuild: { jsx: 'automatic' },
  resolve: {
    alias: redirected.map((name) => ({
      find: new RegExp(`^${name}(?=/|$)`),
      replacement: folderOf(name),
    })),
  },
  test: {
    include: ['react18.test.tsx', '../../packages/react/src/**/*.test.tsx'],
    environment: 'jsdom',
  },
})
