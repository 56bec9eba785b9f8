// The script tag's files, beside the module entry in dist/: the stub a page includes
// (`chatmount.js`, a classic script: no import or export statement, so `<script async>` and
// `<script type="module">` both run it) and the runtime it fetches from the same folder, an ES
// module with core bundled in and split as core is (the engine and each provider a chunk).
import { build } from 'esbuild'

const common = {
  bundle: true,
  minify: true,
  target: 'es2022',
  platform: 'browser',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
}

await build({
  ...common,
  entryPoints: ['src/tag/chatmount.ts'],
  outfile: 'dist/chatmount.js',
  format: 'iife',
})

await build({
  ...common,
  entryPoints: { 'chatmount-runtime': 'src/tag/runtime.ts' },
  outdir: 'dist',
  format: 'esm',
  splitting: true,
  // Every file the tag may fetch is named for it, apart from the module entry's.
  entryNames: '[name]',
  chunkNames: 'chatmount-[name]-[hash]',
})
