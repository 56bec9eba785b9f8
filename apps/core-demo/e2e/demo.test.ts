import { fileURLToPath } from 'node:url'
import { demoChecks } from '@chatmount/e2e'

// The core demo has no framework launcher: every other check runs as for the framework demos.
demoChecks({
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  name: 'core-demo',
  launcher: false,
})
