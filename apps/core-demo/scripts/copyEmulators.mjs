// Serve the emulated vendors from this app (public/emulators/<provider>.js), so the demo runs
// offline with no vendor account. They come from @chatmount/testing's browser build.
import { cpSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const browserDir = join(dirname(require.resolve('@chatmount/testing/package.json')), 'dist', 'browser')
const target = new URL('../public/emulators/', import.meta.url)
mkdirSync(target, { recursive: true })
cpSync(browserDir, target.pathname, { recursive: true })
