// Size budgets, min+gzip, measured the way an app's bundler sees the packages: each case is
// bundled from the built `dist` with esbuild (minified, production), then gzipped.
// Fails (exit 1) when a case is over its budget. `target` is where the budget is headed (the
// issue's numbers); `budget` is what is enforced today, lowered as the code gets smaller.
// PROVISIONAL: the lifecycle work (issue 11) raised the budgets marked `was` to what it measures;
// they go back to `was` (its ceiling) or below before that issue is closed.
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const KB = 1024

const cases = [
  {
    // What an app imports; adapter helpers (createChatHandle) count in the adapters' budgets.
    name: '@chatmount/core, all five providers',
    code: `export { createChat, defineProvider, ChatError, isChatError } from '@chatmount/core'`,
    budget: 6.5 * KB,
    was: 5.75 * KB,
    target: 4 * KB,
  },
  ...['raychat', 'chatra', 'chaport', 'onwebchat', 'rayzing'].map((provider) => ({
    name: `@chatmount/core/base + ${provider} alone`,
    code: `export { createChat } from '@chatmount/core/base'\nexport { ${provider} } from '@chatmount/core/providers/${provider}'`,
    budget: 4.9 * KB,
    was: 4.25 * KB,
    target: 2 * KB,
  })),
]

// Later packages add their cases here when they exist.
const optional = [
  { name: '@chatmount/react with core and all providers', code: `export * from '@chatmount/react'`, budget: 8.25 * KB, was: 7 * KB, target: 5 * KB, dir: 'packages/react', external: ['react', 'react/jsx-runtime'] },
  { name: '@chatmount/react on its own (core excluded)', code: `export * from '@chatmount/react'`, budget: 1.75 * KB, dir: 'packages/react', external: ['react', 'react/jsx-runtime', '@chatmount/core'] },
  { name: '@chatmount/vue with core and all providers', code: `export * from '@chatmount/vue'`, budget: 8.5 * KB, was: 7.25 * KB, target: 5 * KB, dir: 'packages/vue', external: ['vue'] },
  { name: '@chatmount/angular with core and all providers', code: `export * from '@chatmount/angular'`, budget: 9.25 * KB, was: 7.75 * KB, dir: 'packages/angular/dist', external: ['@angular/*', 'rxjs', 'rxjs/*'] },
  { name: '@chatmount/angular on its own (core excluded)', code: `export * from '@chatmount/angular'`, budget: 3 * KB, dir: 'packages/angular/dist', external: ['@angular/*', 'rxjs', 'rxjs/*', '@chatmount/core'] },
  { name: '@chatmount/next on its own (React package and core excluded)', code: `export * from '@chatmount/next'`, budget: 1.5 * KB, dir: 'packages/next', external: ['react', 'react/jsx-runtime', 'next', 'next/*', '@chatmount/react', '@chatmount/core'] },
  { name: '@chatmount/vue on its own (core excluded)', code: `export * from '@chatmount/vue'`, budget: 1.75 * KB, dir: 'packages/vue', external: ['vue', '@chatmount/core'] },
]

async function measure({ code, external = [], dir = 'packages/core' }) {
  const result = await build({
    stdin: { contents: code, resolveDir: `${root}${dir}`, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    external,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length
}

let failed = false
const rows = []
for (const entry of [...cases, ...optional.filter((entry) => existsSync(`${root}${entry.dir.replace(/\/dist$/, '')}/dist`))]) {
  const size = await measure(entry)
  const over = size > entry.budget
  failed ||= over
  const target = entry.target && size > entry.target ? ` (target ${(entry.target / KB).toFixed(2)} KB not met yet)` : ''
  const was = entry.was && size > entry.was ? ` (over the ceiling of ${(entry.was / KB).toFixed(2)} KB: provisional)` : ''
  rows.push(`${over ? 'FAIL' : 'ok  '}  ${(size / KB).toFixed(2)} KB / ${(entry.budget / KB).toFixed(2)} KB  ${entry.name}${target}${was}`)
}
console.log(`size budgets (min+gzip)\n${rows.join('\n')}`)
if (failed) {
  console.error('A size budget was exceeded.')
  process.exit(1)
}
