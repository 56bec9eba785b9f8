import { VERSION } from '@angular/core'
import { expect, it } from 'vitest'

// Without this, a copy that resolved the workspace's Angular would quietly run on 22 again.
it('runs on Angular 21', () => {
  expect(VERSION.major).toBe('21')
})
