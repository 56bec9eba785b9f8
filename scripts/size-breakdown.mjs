// Where the bytes of "engine + one provider" go, min+gzip with esbuild, as one bundle (the front and
// the engine's chunk together, as tests/size's `downloaded` counts them, less the chunks' own
// overhead): the bundle is built again with one part replaced by the least that still runs (no validation,
// only `eager`), and the difference is that part's cost. Run after a build:
//   node scripts/size-breakdown.mjs [provider]
import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const core = fileURLToPath(new URL('../packages/core', import.meta.url))
const provider = process.argv[2] ?? 'rayzing'
const entry = `export { createChat } from './src/base'\nexport { ${provider} } from './src/providers/${provider}'`

// Each part, and what stands in for it when it is left out.
const parts = {
  'option validation': [
    /validateOptions\.ts$/,
    `export const validateOptions = (o) => ({ load: 'idle', consent: true, timeout: 15000, ...o }); export const visitorCopy = (v) => v; export const settingsCopy = (v) => v; export const plainCopy = (v) => v; export const invalid = (o) => new Error(o)`,
  ],
  'load strategies but eager': [
    /strategies\.ts$/,
    `export const scheduleLoad = (s, w, t, start) => { if (s == 'eager') start(); return () => {} }`,
  ],
  // What the lifecycle redesign (issue 11) added to the engine, each with the least it replaces.
  'scripts in flight: orphaned, adopted, taken out on arrival': [
    /orphanScripts\.ts$/,
    `export const orphan = () => {}; export const claim = () => undefined`,
  ],
  'Trusted Types policy': [
    /trustedTypes\.ts$/,
    `export const trusted = () => ({ createScriptURL: (v) => v, createScript: (v) => v })`,
  ],
  'teardown: vendor globals and elements taken out': [
    /takeOut\.ts$/,
    `export const removeVendorElements = () => {}; export const takeOut = () => undefined`,
  ],
  // What the vendors' real scripts asked for (issue 22).
  'what a vendor adds to <head>, taken out with it': [
    /vendorHead\.ts$/,
    `export const watchVendorHead = () => {}; export const removeVendorHead = () => {}`,
  ],
  'what a vendor stored, forgotten when consent is withdrawn': [
    /vendorStorage\.ts$/,
    `export const forgetVendorStorage = () => {}`,
  ],
  [`the ${provider} provider`]: [
    new RegExp(`providers/${provider}\\.ts$`),
    `export const ${provider} = {}`,
  ],
}

async function size(replaced) {
  const plugins = replaced
    ? [
        {
          name: 'leave-out',
          setup: (b) =>
            b.onLoad({ filter: replaced[0] }, () => ({ contents: replaced[1], loader: 'js' })),
        },
      ]
    : []
  const result = await build({
    stdin: { contents: entry, resolveDir: core, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins,
  })
  return gzipSync(result.outputFiles[0].contents, { level: 9 }).length
}

const total = await size()
let rest = total
console.log(`@chatmount/core/base + ${provider}: ${total} B min+gzip`)
for (const [name, replaced] of Object.entries(parts)) {
  const cost = total - (await size(replaced))
  rest -= cost
  console.log(`  ${String(cost).padStart(5)} B  ${name}`)
}
console.log(
  `  ${String(rest).padStart(5)} B  the front (state, events, calls kept until the engine is here) and the engine: the machine, script, consent, timeout, retry, teardown`,
)
