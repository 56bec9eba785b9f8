import { defineConfig } from 'tsup'

// The integration (read by Astro in Node) and the client module its page script imports (bundled
// by Astro for the browser): ES modules, as Astro loads them.
export default defineConfig({
  entry: ['src/index.ts', 'src/client.ts'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  external: ['astro', '@chatmount/core', '@chatmount/element'],
})
