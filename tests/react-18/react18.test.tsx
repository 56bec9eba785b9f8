import { expect, it } from 'vitest'
import { domVersion, version } from '../../packages/react/src/__fixtures__/frameworkVersion'

// Without this, a broken alias would quietly run the React package's tests on React 19 again. The
// versions are read through a module beside the package's sources, so they are the ones its tests
// get: this folder's own React 18 would pass whatever the alias does.
it('runs the React package on React 18', () => {
  expect(version).toMatch(/^18\./)
  expect(domVersion).toMatch(/^18\./)
})
