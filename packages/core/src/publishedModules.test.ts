// @vitest-environment node
// The published ESM as a bundler sees it: under `sideEffects: false`, a bare `import "./chunk-….js"`
// is dropped with a warning (the Angular CLI prints one per import), so there must be none, and
// with them gone every entry must still load and run on its own.
import { build } from 'esbuild'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const modules = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
  file.endsWith('.js'),
)

describe('the published ESM', () => {
  it.each(modules)('%s has no bare chunk import', (file) => {
    expect(readFileSync(`${dist}${file}`, 'utf8')).not.toMatch(
      /^import\s+["'][^"']*chunk-[^"']*["'];?$/m,
    )
  })

  it('bundles without a warning in esbuild, which honours sideEffects like the Angular CLI', async () => {
    const entries = [
      '@chatmount/core',
      '@chatmount/core/base',
      '@chatmount/core/routes',
      '@chatmount/core/providers/chatra',
    ]
    const result = await build({
      stdin: {
        contents: entries.map((entry, index) => `export * as e${index} from '${entry}'`).join('\n'),
        resolveDir: dist,
        loader: 'js',
      },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: 'out',
      write: false,
      logLevel: 'silent',
    })
    expect(result.warnings.map((warning) => warning.text)).toEqual([])
  })
})
