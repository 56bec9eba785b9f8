// @vitest-environment node
import { resolve } from 'node:path'
import { createServer } from 'vite'
import { expect, it } from 'vitest'

// Without this, a broken alias would quietly run the Next package's tests on Next 16 again: resolve
// `next` as the package's own sources import it, with this folder's config.
it('runs on Next.js 15', async () => {
  const server = await createServer({
    configFile: resolve(import.meta.dirname, 'vitest.config.ts'),
    server: { middlewareMode: true, ws: false },
  })
  try {
    const importer = resolve(import.meta.dirname, '../../packages/next/src/index.ts')
    const resolved = await server.pluginContainer.resolveId('next/package.json', importer)
    expect(resolved?.id).toMatch(/\/next@15\.[^/]*\/node_modules\/next\/package\.json$/)
  } finally {
    await server.close()
  }
})
