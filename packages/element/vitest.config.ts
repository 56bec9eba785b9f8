import { defineConfig } from 'vitest/config'
import { coverage } from '../../vitest.coverage'

export default defineConfig({
  test: {
    // The tag's two entries run only in a browser: tests/browser (element.test.ts) covers them.
    coverage: coverage(90, ['src/tag/**']),
    environment: 'jsdom',
  },
})
