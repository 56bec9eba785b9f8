// The browser build: one self-contained script per described vendor, `dist/browser/<provider>.js`,
// for <script src="…/emulators/raychat.js">, that runs like the vendor's own script; and Chaport's
// second stage, which its insert.js adds beside itself.
import { build } from 'esbuild'
import { vendors } from '@chatmount/core/vendors'

const common = {
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2018',
  // What it takes from core is data, some of it only for development messages.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
}

await Promise.all([
  ...Object.keys(vendors).map((provider) =>
    build({
      ...common,
      stdin: {
        contents: `import { bootEmulator } from './boot'\nimport { currentScript } from './browser/currentScript'\nbootEmulator(${JSON.stringify(provider)}, window, currentScript())`,
        resolveDir: 'src',
        loader: 'ts',
      },
      outfile: `dist/browser/${provider}.js`,
    }),
  ),
  build({
    ...common,
    entryPoints: ['src/browser/chaportMain.ts'],
    outfile: 'dist/browser/chaport-main.js',
  }),
])
