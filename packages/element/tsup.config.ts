import { defineConfig } from 'tsup'

// The module entry, for apps that bundle their own code. The script tag's files are built by
// build-tag.mjs after this (tsup's `clean` would remove them).
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Custom elements with private fields: every browser since 2021 runs them as written.
  target: 'es2022',
  external: ['@chatmount/core'],
})
