import { expect, it } from 'vitest'
import { version } from '../../packages/vue/src/__fixtures__/frameworkVersion'

// Without this, a broken alias would quietly run the Vue package's tests on Vue 3.5 again. The
// version is read through a module beside the package's sources, so it is the one its tests get:
// this folder's own Vue 3.3 would pass whatever the alias does.
it('runs the Vue package on Vue 3.3', () => {
  expect(version).toMatch(/^3\.3\./)
})
