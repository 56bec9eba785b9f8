import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { defineConfig } from 'vitest/config'

// The Vue package's test files, with every import of Vue and its test utils pointed at this
// folder's copies (Vue 3.3, Vue Router 4) instead of the workspace's Vue 3.5 and Vue Router 5.
const here = createRequire(import.meta.url)
const folderOf = (name: string) => dirname(here.resolve(`${name}/package.json`))
const redirected = ['vue', '@vue/test-utils', 'vue-router']

export default defineConfig({
  resolve: {
    alias: redirected.map((name) => ({
      find: new RegExp(`^${name}(?=/|$)`),
      replacement: folderOf(name),
    })),
  },
  test: {
    include: ['vue33.test.ts', '../../packages/vue/src/**/*.test.ts'],
    environment: 'jsdom',
  },
})
