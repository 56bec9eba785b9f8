import { defineConfig, type Options } from 'tsup'
import { vendors } from './src/vendors'

/**
 * esbuild keeps the evaluation order of split chunks with bare imports (`import "./chunk-….js"`)
 * wherever an entry reaches a chunk only through another one. Every module here is free of side
 * effects (`sideEffects: false`), so bundlers drop those imports anyway, and the Angular CLI warns
 * about each one. Nothing needs them: the chunk is still imported by the chunk that uses it.
 */
const withoutBareChunkImports: NonNullable<Options['plugins']>[number] = {
  name: 'without-bare-chunk-imports',
  renderChunk(code, { path }) {
    if (!path.endsWith('.js')) return
    return { code: code.replace(/^import "(?:\.\.?\/)+chunk-[\w-]+\.js";\n/gm, '') }
  },
}

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    base: 'src/base.ts',
    routes: 'src/routes/index.ts',
    early: 'src/earlyClicks.ts',
    fallback: 'src/fallback.ts',
    consent: 'src/consent/index.ts',
    vendors: 'src/vendors/index.ts',
    // `@chatmount/core/providers/<name>`, for each described vendor.
    ...Object.fromEntries(
      Object.keys(vendors).map((name) => [`providers/${name}`, `src/providers/${name}.ts`]),
    ),
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  target: 'es2020',
  plugins: [withoutBareChunkImports],
})
