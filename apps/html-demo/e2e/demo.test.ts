import { fileURLToPath } from 'node:url'
import { demoChecks } from '@chatmount/e2e'

// The script tag's demo: the chat and its launchers (<chatmount-launcher>) come from the tag, the
// panel drives window.chatmount. Its checks are the framework demos' (one provider; the matrix runs
// in the core demo). No routes: each page of a site without a build step is a new document; its
// Support page (`#/support`, by state) has the support team's own widget.
demoChecks({
  appDir: fileURLToPath(new URL('..', import.meta.url)),
  name: 'html-demo',
  matrix: false,
  widgets: true,
})
