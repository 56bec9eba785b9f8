import { version } from 'react'
import { version as domVersion } from 'react-dom'
import { expect, it } from 'vitest'

// Without this, a broken alias would quietly run the React package's tests on React 19 again.
it('runs on React 18', () => {
  expect(version).toMatch(/^18\./)
  expect(domVersion).toMatch(/^18\./)
})
