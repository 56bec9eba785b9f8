import { defineConfig } from 'tsup'

// The Node build; `build-emulators.mjs` makes the browser scripts in dist/browser/ after it.
export default defineConfig({
  entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
})
