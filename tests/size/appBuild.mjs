// How a size check builds: esbuild as an app's production build runs it, and, of what comes out,
// only what the page downloads is left for size-limit to gzip and sum.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compile, compileModule } from 'svelte/compiler'

const here = fileURLToPath(new URL('.', import.meta.url))

/**
 * size-limit's esbuild config, made an app's production build. `counts: 'initial'` sums only what
 * the page loads first; `carriesRoutes: false` fails a bundle that has the routes.
 */
export function appBuild(config, { carriesRoutes = true, counts = 'downloaded' } = {}) {
  return {
    ...config,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2020',
    // What production builds set (the Angular CLI also turns `ngDevMode` off).
    define: { 'process.env.NODE_ENV': '"production"', ngDevMode: 'false' },
    // As an app resolves the packages: not through a package's own tsconfig paths.
    tsconfigRaw: {},
    logLevel: 'silent',
    plugins: [
      packageNames,
      svelteFiles,
      countsWhatThePageFetches(counts),
      ...(carriesRoutes ? [] : [withoutRoutes]),
    ],
  }
}

/** size-limit makes each `import` key a path in this folder: resolve it as the package name it is. */
const packageNames = {
  name: 'package-names',
  setup(build) {
    build.onResolve({ filter: /\/@chatmount\// }, ({ path, kind }) =>
      path.startsWith(here)
        ? build.resolve(path.slice(here.length), { kind, resolveDir: here })
        : undefined,
    )
  },
}

/** The chunks a page fetches once a chat for Chatra is created: chatmount's engine and the provider's. */
const fetchedLater = [/\/core\/dist\/createClient-\w+\.js$/, /\/providers\/chatra\.js$/]

/**
 * Counts what the page loads first (the entry and what it imports), and for `'downloaded'` also
 * the chunks it fetches right after a chat is created: the engine and the Chatra provider, with
 * what they import. The bundle is built whole, as an app's is, so the chunks are split as they
 * would be there; the outputs a page never fetches (the other providers' chunks, the code that
 * forgets a vendor's storage) are then dropped from the result size-limit sums. A provider or an
 * engine imported statically is in the first load, and counted there.
 */
const countsWhatThePageFetches = (counts) => ({
  name: 'counts-what-the-page-fetches',
  setup(build) {
    // size-limit's entry, the file that imports what the check names (dynamic imports are entry points too).
    const [entry] = build.initialOptions.entryPoints
    const cwd = build.initialOptions.absWorkingDir ?? process.cwd()
    build.onEnd(({ metafile }) => {
      if (!metafile) return
      const { outputs } = metafile
      const counted = new Set()
      const visit = (path) => {
        if (counted.has(path)) return
        counted.add(path)
        for (const edge of outputs[path].imports)
          if (edge.kind == 'import-statement' && outputs[edge.path]) visit(edge.path)
      }
      const inputs = (path) => Object.keys(outputs[path].inputs)
      for (const path of Object.keys(outputs))
        if (
          resolve(cwd, outputs[path].entryPoint ?? '') == entry ||
          (counts == 'downloaded' &&
            inputs(path).some((input) => fetchedLater.some((chunk) => chunk.test(input))))
        )
          visit(path)
      for (const path of Object.keys(outputs)) if (!counted.has(path)) delete outputs[path]
    })
  },
})

/**
 * Svelte's components (`.svelte`) and rune modules (`.svelte.js`), compiled for the browser as an
 * app's build compiles them (`@sveltejs/package` ships them as source); Svelte itself is the app's.
 */
const svelteFiles = {
  name: 'svelte-files',
  setup(build) {
    build.onLoad({ filter: /\.svelte(\.js)?$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8')
      const options = { filename: path, generate: 'client', dev: false }
      const { js } = path.endsWith('.js')
        ? compileModule(source, options)
        : compile(source, { ...options, css: 'injected' })
      return { contents: js.code, loader: 'js' }
    })
  },
}

/** Route following is paid for by the apps that use it only: fails the check if the page downloads it. */
const withoutRoutes = {
  name: 'without-routes',
  setup(build) {
    build.onEnd(({ metafile }) => {
      const carried = Object.values(metafile?.outputs ?? {}).some((output) =>
        Object.keys(output.inputs).some((input) => input.endsWith('core/dist/routes.js')),
      )
      return carried
        ? { errors: [{ text: 'carries @chatmount/core/routes, which it does not import' }] }
        : {}
    })
  },
}
