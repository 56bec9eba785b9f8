import { fileURLToPath } from 'node:url'
import { demoChecks } from '@chatmount/e2e'

demoChecks({
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  name: 'solid-demo',
  // The provider matrix runs once, in core-demo; here what only Solid can break.
  matrix: false,
  routes: true,
})
