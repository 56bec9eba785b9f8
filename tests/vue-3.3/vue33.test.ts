import { version } from 'vue'
import { expect, it } from 'vitest'

// Without this, a broken alias would quietly run the Vue package's tests on Vue 3.5 again.
it('runs on Vue 3.3', () => {
  expect(version).toMatch(/^3\.3\./)
})
