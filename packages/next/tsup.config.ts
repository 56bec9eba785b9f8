import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  external: ['react', 'next', '@chatmount/core', '@chatmount/react'],
  // Hooks and next/script: a client module, importable from a server component such as app/layout.tsx.
  banner: { js: "'use client';" },
})
