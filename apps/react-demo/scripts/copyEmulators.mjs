// The emulated vendors, served by this app at /emulators/<provider>.js so the demo runs offline
// with no vendor account. They are @chatmount/testing's browser build, copied into public/.
import { cpSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const require = createRequire(import.meta.url)
const source = join(dirname(require.resolve('@chatmount/testing/package.json')), 'dist', 'browser')
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'emulators')
cpSync(source, target, { recursive: true })
