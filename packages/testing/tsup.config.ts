import { defineConfig } from 'tsup'
import { chaportMainFile, emulatorFiles } from './src/files'

// Two builds that run in parallel: each cleans only its own output.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', server: 'src/server/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Clean dist/ except dist/browser/, which the second build owns.
    clean: ['!browser/**'],
    target: 'es2020',
  },
  {
    // One self-contained script per vendor, for <script src="…/emulators/raychat.js">.
    entry: {
      ...Object.fromEntries(
        Object.entries(emulatorFiles).map(([provider, file]) => [
          file.replace(/\.js$/, ''),
          `src/browser/${provider}.ts`,
        ]),
      ),
      // Chaport's second stage: its insert.js adds this file's script beside itself.
      [chaportMainFile.replace(/\.js$/, '')]: 'src/browser/chaportMain.ts',
    },
    outDir: 'dist/browser',
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    minify: true,
    clean: true,
    target: 'es2018',
  },
])
