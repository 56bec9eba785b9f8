// A release, rehearsed without publishing: what `changeset version` does on a throwaway copy, and
// what every tarball holds.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { published, root, run, tarball } from './rehearsal'

const { work, packs } = inject('rehearsal')
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

/** Every path a manifest points at: exports (each condition), main, module, types, bin. */
function targets(manifest: Record<string, unknown>): string[] {
  const found: string[] = []
  const walk = (value: unknown) => {
    if (typeof value == 'string') found.push(value)
    else if (value && typeof value == 'object') Object.values(value).forEach(walk)
  }
  for (const field of ['exports', 'main', 'module', 'types', 'typings', 'bin'])
    walk(manifest[field])
  return [...new Set(found)].filter((path) => path.startsWith('./') || !path.startsWith('.'))
}

/** A target in the unpacked package: a file, or for `./dist/*.js` patterns at least one match. */
function present(dir: string, target: string): boolean {
  if (!target.includes('*')) return existsSync(join(dir, target))
  const [before, after] = target.split('*') as [string, string]
  const folder = join(dir, dirname(before + 'x'))
  const prefix = before.slice(before.lastIndexOf('/') + 1)
  return (
    existsSync(folder) &&
    readdirSync(folder).some((file) => file.startsWith(prefix) && file.endsWith(after))
  )
}

describe('release rehearsal', () => {
  it('changeset version, on a throwaway copy, versions every published package and writes its changelog', () => {
    const copy = join(work, 'repository')
    run('git', ['clone', '--quiet', '--no-hardlinks', root, copy], work)
    // The copy resolves the changelog generator from the workspace's install.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    const changeset = createRequire(import.meta.url).resolve('@changesets/cli/bin.js')
    run(process.execPath, [changeset, 'version'], copy)
    for (const name of published) {
      const manifest = json(join(copy, 'packages', name, 'package.json'))
      expect(manifest.version, `@chatmount/${name}'s version`).not.toBe('0.0.0')
      expect(
        existsSync(join(copy, 'packages', name, 'CHANGELOG.md')),
        `@chatmount/${name}'s CHANGELOG.md`,
      ).toBe(true)
    }
    expect(
      readdirSync(join(copy, '.changeset')).filter(
        (file) => file.endsWith('.md') && file != 'README.md',
      ),
    ).toEqual([])
  })

  it.each(published)(
    '@chatmount/%s packs: no workspace: or catalog: left, every exports target, README and LICENSE inside',
    (name) => {
      const unpacked = join(work, 'unpacked', name)
      mkdirSync(unpacked, { recursive: true })
      run('tar', ['-xzf', tarball(packs, name), '-C', unpacked], work)
      const dir = join(unpacked, 'package')
      const text = readFileSync(join(dir, 'package.json'), 'utf8')
      expect(text).not.toMatch(/workspace:|catalog:/)
      const missing = targets(JSON.parse(text)).filter((target) => !present(dir, target))
      expect(missing, 'exports targets missing from the tarball').toEqual([])
      expect(['README.md', 'LICENSE'].filter((file) => !existsSync(join(dir, file)))).toEqual([])
    },
  )
})
