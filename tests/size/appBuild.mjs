// How a size check builds: esbuild as an app's production build runs it, and, of what comes out,
// only what the page downloads is left for size-limit to gzip and sum.
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))

/** size-limit's esbuild config, made an app's production build; `carriesRoutes: false` fails a bundle that has the routes. */
export function appBuild(config, { carriesRoutes = true } = {}) {
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
    plugins: [packageNames, downloadedWithChatra, ...(carriesRoutes ? [] : [withoutRoutes])],
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

/**
 * Counts what the page downloads: the first load (the entry and what it imports) and the Chatra
 * provider's chunk with what that imports. The bundle is built whole, as an app's is, so the chunks
 * are split as they would be there; the outputs a page never fetches (the other providers' chunks)
 * are then dropped from the result size-limit sums. A provider imported statically stays counted.
 */
const downloadedWithChatra = {
  name: 'downloaded-with-chatra',
  setup(build) {
    // size-limit's entry, the file that imports what the check names (dynamic imports are entry points too).
    const [entry] = build.initialOptions.entryPoints
    const cwd = build.initialOptions.absWorkingDir ?? process.cwd()
    build.onEnd(({ metafile }) => {
      if (!metafile) return
      const { outputs } = metafile
      const downloaded = new Set()
      const visit = (path) => {
        if (downloaded.has(path)) return
        downloaded.add(path)
        for (const edge of outputs[path].imports)
          if (edge.kind == 'import-statement' && outputs[edge.path]) visit(edge.path)
      }
      const inputs = (path) => Object.keys(outputs[path].inputs)
      for (const path of Object.keys(outputs))
        if (
          resolve(cwd, outputs[path].entryPoint ?? '') == entry ||
          inputs(path).some((input) => input.endsWith('/providers/chatra.js'))
        )
          visit(path)
      for (const path of Object.keys(outputs)) if (!downloaded.has(path)) delete outputs[path]
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
