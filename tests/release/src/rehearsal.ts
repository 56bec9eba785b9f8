// What the rehearsal's test files share: the packages, how a command is run, and how a fresh app
// is made by its framework's generator, installs the tarballs, builds, and opens the chat.
import { launchBrowser, waitForEmulator, type RunningServer } from '@chatmount/e2e'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

export const root = fileURLToPath(new URL('../../../', import.meta.url))
export const published = [
  'core',
  'react',
  'vue',
  'angular',
  'next',
  'nuxt',
  'element',
  'svelte',
  'solid',
  'astro',
  'server',
  'testing',
]

/** The folders the global setup made: the packed tarballs and the generators. */
export interface Rehearsal {
  work: string
  packs: string
  generators: string
}

export const tarball = (packs: string, name: string) => join(packs, `chatmount-${name}-0.0.0.tgz`)

/**
 * The generators, pinned to a major so that a new major is a deliberate change here: the current
 * one of each, and the one that made apps at the oldest majors the packages claim.
 */
export const generators = {
  vite: 'create-vite@9',
  // Today's vue-ts template asks for Vue 3.4 or newer (@vue/tsconfig); this one made Vue 3.3 apps.
  viteForVue33: 'create-vite@5.1.0',
  next: 'create-next-app@16',
  next15: 'create-next-app@15',
  angular: '@angular/cli@22',
  angular21: '@angular/cli@21',
  sv: 'sv@0',
} as const

/** This process's environment without the settings pnpm passes its scripts (`npm_config_catalog`, …). */
const outsideTheWorkspace = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_/i.test(name)),
)

/** Run a command; its output, or an error that carries all of it. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): { stdout: string; stderr: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...outsideTheWorkspace, npm_config_fund: 'false', npm_config_audit: 'false', ...env },
  })
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) failed: ${result.error ?? `exit ${result.status}`}\n${result.stdout}\n${result.stderr}`,
    )
  return { stdout: result.stdout, stderr: result.stderr }
}

export interface FreshApp {
  /** The generator and its arguments for an app in the folder `name`; none for an app made by hand. */
  generate?: { with: keyof typeof generators; bin: string; args: (name: string) => string[] }
  /** Versions pinned over the generator's (the oldest majors), in whichever section has them. */
  pin?: Record<string, string>
  /** What the app installs, as its README tells a user: `@chatmount/<name>`. */
  installs: string[]
  /** Where the app's static files are served from (`public` by default; SvelteKit's `static`). */
  staticDir?: string
  /** Files written (a string) or edited (a function of what the generator wrote). */
  files: Record<string, string | ((generated: string) => string)>
  serve(dir: string, name: string): Promise<RunningServer>
}

/** Edit generated text at a place the generator is known to write; say so when it no longer does. */
export function replace(text: string, from: string, to: string): string {
  if (!text.includes(from))
    throw new Error(`The generator no longer writes ${JSON.stringify(from)}: update the rehearsal`)
  return text.replace(from, to)
}

/** The same chat in every app: Chatra, on its emulator, loading when the visitor shows intent. */
export const chat = {
  provider: 'chatra',
  token: 'z2o3F8GDkNpKD4BYt',
  load: 'interaction',
  scriptUrl: '/emulators/chatra.js',
} as const
export const chatProps = Object.entries(chat)
  .map(([name, value]) => `${name}="${value}"`)
  .join(' ')
export const chatObject = `{ ${Object.entries(chat)
  .map(([name, value]) => `${name}: '${value}'`)
  .join(', ')} }`

/**
 * Make `app` in `<work>/<name>` and rehearse it: generate, write its files, install the tarballs
 * with a plain `npm install` (no peer conflict, no peer warning about a chatmount package), build
 * with the app's own build script, serve, and open the chat from its launcher in Chromium.
 */
export async function rehearse(name: string, app: FreshApp, rehearsal: Rehearsal): Promise<void> {
  const dir = join(rehearsal.work, name)
  if (app.generate) {
    const spec = generators[app.generate.with]
    const bin = join(rehearsal.generators, spec, 'node_modules', '.bin', app.generate.bin)
    run(bin, app.generate.args(name), rehearsal.work)
  } else mkdirSync(dir)

  for (const [file, content] of Object.entries(app.files)) {
    const path = join(dir, file)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, typeof content == 'string' ? content : content(readFileSync(path, 'utf8')))
  }

  const manifestFile = join(dir, 'package.json')
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))
  const local = (names: string[]) =>
    Object.fromEntries(
      names.map((pkg) => [`@chatmount/${pkg}`, `file:${tarball(rehearsal.packs, pkg)}`]),
    )
  manifest.dependencies = { ...manifest.dependencies, ...local(app.installs) }
  // Every @chatmount/* a tarball asks for is the local one, never the registry's.
  manifest.overrides = local(published)
  for (const [pkg, version] of Object.entries(app.pin ?? {})) {
    const section = manifest.devDependencies?.[pkg]
      ? manifest.devDependencies
      : manifest.dependencies
    section[pkg] = version
  }
  writeFileSync(manifestFile, JSON.stringify(manifest, null, 2))

  const install = run('npm', ['install', '--loglevel=warn'], dir)
  // npm says `peer X@"range" from Y` for a peer range it could not meet; none may be chatmount's.
  const output = install.stdout + install.stderr
  expect(output.match(/^.*\bpeer(Optional)? .+ from @chatmount\/.*$/gm) ?? []).toEqual([])
  for (const pkg of app.installs) run('npm', ['ls', `@chatmount/${pkg}`], dir)

  run(
    join(dir, 'node_modules', '.bin', 'chatmount-emulators'),
    [`${app.staticDir ?? 'public'}/emulators`],
    dir,
  )
  run('npm', ['run', 'build'], dir)

  const server = await app.serve(dir, name)
  const browser = await launchBrowser()
  const page = await browser.newPage()
  try {
    await page.goto(server.url)
    const launcher = page.getByRole('button', { name: 'Chat with us' })
    // The app is running: its chat waits for the visitor (the server rendered it idle). A click
    // before hydration is the demos' early-click check, not what a fresh app is asked here.
    await expect
      .poll(() => launcher.getAttribute('data-status'), { timeout: 15_000 })
      .toBe('waiting')
    await launcher.click()
    await waitForEmulator(page, (vendor) => vendor.provider == 'chatra' && vendor.isOpen)
    expect(page.vendorScriptRequests()).toHaveLength(1)
    expect(page.problems()).toEqual([])
  } finally {
    await browser.close()
    await server.close()
  }
}
