// The published packages' Node-side tests, on Node 22: the workspace runs on Node 24, and the
// packages' engines claim 22 too. Node 22 comes from the npm registry (the `node` package ships the
// binary), into a cache folder of its own; the machine's Node is left alone.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../', import.meta.url))
const cache = join(homedir(), '.cache', 'chatmount', 'node22')
const node22 = join(cache, 'node_modules', 'node', 'bin', 'node')
if (!existsSync(node22))
  execFileSync('npm', ['install', '--prefix', cache, '--no-save', '--loglevel=error', 'node@22'], {
    stdio: 'inherit',
  })
const version = execFileSync(node22, ['--version'], { encoding: 'utf8' }).trim()
if (!version.startsWith('v22.')) throw new Error(`${node22} is ${version}, not Node 22`)

// Each package with its own Vitest config; no files named: all of its tests.
const suites = [
  ['server'],
  ['testing'],
  ['nuxt'],
  ['angular'], // its Vitest config holds the Node tests only (the rest run through `ng test`)
  ['core', 'src/serverRendering.test.ts', 'src/publishedModules.test.ts'],
  ['react', 'src/serverRendering.test.tsx'],
  ['vue', 'src/serverRendering.test.ts'],
  ['next', 'src/serverRendering.test.tsx'],
]
let failed = []
for (const [name, ...files] of suites) {
  const cwd = join(root, 'packages', name)
  const vitest = join(cwd, 'node_modules', 'vitest', 'vitest.mjs')
  console.log(`\n@chatmount/${name} on Node ${version}`)
  const { status } = spawnSync(node22, [vitest, 'run', ...files], { cwd, stdio: 'inherit' })
  if (status !== 0) failed.push(name)
}
if (failed.length) {
  console.error(`\nFailed on Node ${version}: ${failed.join(', ')}`)
  process.exit(1)
}
