import { defineConfig } from 'tsup'

// Plain TypeScript (no JSX): Solid's own build of `solid-js` and `solid-js/web` (browser or server)
// is chosen by the app's bundler, so one build of this package serves both.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  external: ['solid-js', 'solid-js/web', '@chatmount/core'],
})
