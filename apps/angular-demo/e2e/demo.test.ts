import { fileURLToPath } from 'node:url'
import { demoChecks } from '@chatmount/e2e'

demoChecks({
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  name: 'angular-demo',
  // The provider matrix runs once, in core-demo; here what only Angular can break.
  matrix: false,
  routes: true,
  // Prerendered, hydrated with Angular's event replay.
  serverRendered: { appScripts: /\/(main|chunk|polyfills)-[\w-]+\.js$/ },
})
