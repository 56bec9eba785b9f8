#!/usr/bin/env node
// Runs an app's build (`vite build`, `ng build`, `next build`) and fails it when the bundler warns
// about chatmount's packages: what an app's build prints about them, users see in theirs.
//   node ../../scripts/build-without-warnings.mjs ng build
import { spawn } from 'node:child_process'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: build-without-warnings.mjs <build command> [args…]')
  process.exit(2)
}

// A warning's first line, in esbuild / the Angular CLI (▲ [WARNING]), Vite and Rollup ((!), warning:) and Next (⚠).
const warningStart = /\[WARNING\]|^\s*\(!\)|\bwarn(ing)?\b|⚠/i
// How the packages show in a path: installed (node_modules/@chatmount/…) or in this workspace.
const ours = /@chatmount\/|chatmount|packages\/(core|react|vue|angular|next|nuxt|server|testing)\//

const output = []
const child = spawn(command, args, {
  stdio: ['inherit', 'pipe', 'pipe'],
  shell: process.platform == 'win32',
})
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    output.push(chunk.toString())
    ;(stream == child.stdout ? process.stdout : process.stderr).write(chunk)
  })
}
child.on('error', (error) => {
  console.error(`could not run ${command}: ${error.message}`)
  process.exit(1)
})
child.on('close', (code) => {
  if (code) process.exit(code)
  // Strip colours, then look at each warning with the lines that explain it.
  const lines = output
    .join('')
    .replace(/\u001b\[[\d;]*m/g, '')
    .split('\n')
  const warnings = []
  lines.forEach((line, index) => {
    if (!warningStart.test(line)) return
    const block = lines.slice(index, index + 8).join('\n')
    if (ours.test(block)) warnings.push(block)
  })
  if (warnings.length) {
    console.error(
      `\n${warnings.length} build warning(s) name chatmount's packages:\n\n${warnings.join('\n---\n')}`,
    )
    process.exit(1)
  }
})
