import { defineConfig } from 'tsup'

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2020',
  external: ['react', '@chatmount/core'],
  // Hooks and context: a client module for React Server Components (Next.js app router).
  banner: { js: "'use client';" },
})
