import { fileURLToPath } from 'node:url'
import { demoChecks } from '@chatmount/e2e'

demoChecks({
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  name: 'vue-demo',
  routes: true,
})
