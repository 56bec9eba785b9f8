// What the size checks count, on the built packages: the build is whole, the sum is what a page downloads.
import { build } from 'esbuild'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { processImport } from 'size-limit'
import { afterEach, describe, expect, it } from 'vitest'
import { appBuild } from './appBuild.mjs'

const here = fileURLToPath(new URL('.', import.meta.url))
const dirs = []
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true })
})

/** Builds `imports` as size-limit does (its own loader file, its config, made an app's build by appBuild). */
async function checkBuild(imports, options) {
  const dir = await mkdtemp(join(tmpdir(), 'size-check-'))
  dirs.push(dir)
  const check = { import: {} }
  // size-limit's config step turns each package name into a path in the config's folder.
  for (const [name, names] of Object.entries(imports)) check.import[here + name] = names
  await processImport(check, dir)
  const config = { bundle: true, entryPoints: [check.files], outdir: dir, metafile: true }
  const result = await build({ ...appBuild(config, options), write: false, minify: true })
  return Object.values(result.metafile.outputs).flatMap((output) => Object.keys(output.inputs))
}

const provider = (name) => (input) => input.endsWith(`/providers/${name}.js`)

describe('a size check', () => {
  it('counts the chunk of the provider a chat for Chatra asks for, and not the four it never fetches', async () => {
    const counted = await checkBuild({ '@chatmount/core': '{ createChat }' })
    expect(counted.some(provider('chatra'))).toBe(true)
    for (const other of ['raychat', 'chaport', 'onwebchat', 'rayzing'])
      expect(counted.some(provider(other))).toBe(false)
  })

  it("counts chatmount's engine in what is downloaded, not in the first load", async () => {
    const engine = (input) => /\/core\/dist\/createClient-\w+\.js$/.test(input)
    const downloaded = await checkBuild({ '@chatmount/core': '{ createChat }' })
    expect(downloaded.some(engine)).toBe(true)
    const initial = await checkBuild({ '@chatmount/core': '{ createChat }' }, { counts: 'initial' })
    expect(initial.some(engine)).toBe(false)
    expect(initial.some(provider('chatra'))).toBe(false)
    expect(initial.some((input) => input.endsWith('/core/dist/index.js'))).toBe(true)
  })

  it('counts a provider an app imports statically, lazy chunks or not', async () => {
    const counted = await checkBuild({
      '@chatmount/core': '{ createChat }',
      '@chatmount/core/providers/raychat': '{ raychat }',
    })
    expect(counted.some(provider('raychat'))).toBe(true)
  })

  it('fails when an app that does not follow routes would download them', async () => {
    await expect(
      checkBuild({ '@chatmount/react': '{ ChatProvider, ChatRoutes }' }, { carriesRoutes: false }),
    ).rejects.toThrow('carries @chatmount/core/routes')
    await expect(
      checkBuild({ '@chatmount/react': '{ ChatProvider }' }, { carriesRoutes: false }),
    ).resolves.toBeDefined()
  })
})
