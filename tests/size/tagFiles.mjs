// The files of @chatmount/element's script tag a page fetches, read from its built folder: the stub
// first; then the runtime, the engine and the provider's chunk (Chatra's for the checks), each with
// the chunks it imports statically. The other providers' chunks sit in the folder, never fetched.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const folder = join(
  dirname(createRequire(import.meta.url).resolve('@chatmount/element/package.json')),
  'dist',
)

/** `first`: the stub alone; otherwise all the tag downloads once a chat for `provider` is created. */
export function tagFiles(counts, provider = 'chatra') {
  const files = new Set(['chatmount.js'])
  if (counts == 'first') return [...files].map((file) => join(folder, file))
  const code = (file) => readFileSync(join(folder, file), 'utf8')
  const visit = (file) => {
    if (files.has(file)) return
    files.add(file)
    for (const [, imported] of code(file).matchAll(/(?:from|import)\s*"\.\/([\w-]+\.js)"/g))
      visit(imported)
  }
  visit('chatmount-runtime.js')
  const later = new RegExp(`^chatmount-(createClient|${provider})-[\\w-]+\\.js$`)
  for (const [, chunk] of code('chatmount-runtime.js').matchAll(/import\("\.\/([\w-]+\.js)"\)/g))
    if (later.test(chunk)) visit(chunk)
  return [...files].map((file) => join(folder, file))
}
