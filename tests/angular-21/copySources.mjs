// The Angular compiler resolves `@angular/*` from the folder of the file that imports it, so
// @chatmount/angular's sources are copied here, next to Angular 21, instead of being compiled
// where they live (next to the workspace's Angular 22). A fresh copy on every run.
import { cpSync, rmSync } from 'node:fs'

const from = new URL('../../packages/angular/', import.meta.url)
const to = new URL('lib/', import.meta.url)
rmSync(to, { recursive: true, force: true })
for (const entry of ['src', 'router', 'ng-package.json'])
  cpSync(new URL(entry, from), new URL(entry, to), { recursive: true })
