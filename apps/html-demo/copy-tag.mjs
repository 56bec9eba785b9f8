// Self-hosting the script tag: its files (`dist/chatmount*.js`) copied to a folder the site serves,
// as a site without a build step would copy them. Usage: node copy-tag.mjs <folder>
import { cp, readdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { argv } from 'node:process'

const [target] = argv.slice(2)
if (!target) throw new Error('Usage: node copy-tag.mjs <folder>')
const dist = join(
  dirname(createRequire(import.meta.url).resolve('@chatmount/element/package.json')),
  'dist',
)
await rm(target, { recursive: true, force: true })
for (const file of await readdir(dist))
  if (/^chatmount[\w-]*\.js$/.test(file)) await cp(join(dist, file), join(target, file))
