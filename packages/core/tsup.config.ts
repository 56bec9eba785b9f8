import { defineConfig, type Options } from 'tsup'

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
    'providers/raychat': 'src/providers/raychat.ts',
    'providers/chatra': 'src/providers/chatra.ts',
    'providers/chaport': 'src/providers/chaport.ts',
    'providers/onwebchat': 'src/providers/onwebchat.ts',
    'providers/rayzing': 'src/providers/rayzing.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  clean: true,
  target: 'es2020',
  plugins: [withoutBareChunkImports],
})
