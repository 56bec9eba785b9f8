// Every published package must be consumable as declared: publint checks package.json against
// the files, and "are the types wrong" checks that ESM, CJS and bundler users all get types
// (node16 profile: subpath exports such as @chatmount/core/base need node16 or bundler resolution).
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

const packages = readdirSync('packages', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `packages/${entry.name}`)
  .filter((dir) => !JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')).private)

let failed = false
for (const dir of packages) {
  const { publishConfig, exports } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'))
  // Angular Package Format: published from publishConfig.directory, ESM only (like @angular/core).
  const packDir = publishConfig?.directory ? `${dir}/${publishConfig.directory}` : dir
  // ESM only on purpose (the Angular package, and the Nuxt module, which Nuxt imports): no `require`.
  const esmOnly = publishConfig?.directory || !JSON.stringify(exports ?? {}).includes('"require"')
  const profile = esmOnly ? 'esm-only' : 'node16'
  // A Svelte library's declarations import its components (`./ChatLauncher.svelte`), which Svelte's
  // tooling and bundlers resolve; TypeScript's node16 rules have no way to (bundler resolution passes).
  const svelte = JSON.stringify(exports ?? {}).includes('"svelte"')
  const ignored = svelte ? ['--ignore-rules', 'internal-resolution-error'] : []
  for (const [tool, args] of [
    ['publint', ['run', dir, '--strict']],
    ['attw', ['--pack', packDir, '--format', 'table-flipped', '--profile', profile, ...ignored]],
  ]) {
    try {
      const output = execFileSync('pnpm', ['exec', tool, ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      console.log(`ok    ${tool} ${dir}`)
      if (process.env.VERBOSE) console.log(output)
    } catch (error) {
      failed = true
      console.error(`FAIL  ${tool} ${dir}\n${error.stdout ?? ''}${error.stderr ?? ''}`)
    }
  }
}
process.exit(failed ? 1 : 0)
