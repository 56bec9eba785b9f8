// A secret must never ship to a page: in a browser bundle the package throws as it loads, while
// Node and edge runtimes get the helpers.
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'

const here = fileURLToPath(new URL('..', import.meta.url))

async function bundle(platform: 'browser' | 'neutral', conditions: string[] = []) {
  const result = await build({
    stdin: {
      contents: `import * as server from '@chatmount/server'\nglobalThis.loaded = Object.keys(server)`,
      resolveDir: here,
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform,
    conditions,
    mainFields: platform == 'neutral' ? ['module', 'main'] : undefined,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

describe('loading @chatmount/server', () => {
  it('in a browser bundle: an error at once that says why', async () => {
    const code = await bundle('browser')
    expect(() => runInNewContext(code, {})).toThrow(
      /imported into a browser bundle.*your server only/,
    )
  })

  it.each([['edge-light'], ['workerd'], ['worker']])(
    'in an edge runtime (%s): the helpers',
    async (condition) => {
      const code = await bundle('browser', [condition])
      const context: Record<string, unknown> = { ...globalThis }
      runInNewContext(code, context)
      expect(context.loaded).toContain('chaportVisitorHash')
    },
  )
})
