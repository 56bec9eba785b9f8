// A release, rehearsed without publishing: what `changeset version` does on a throwaway copy, what
// every tarball holds, and whether an app outside the workspace, installing only those tarballs
// (and the frameworks from the registry), builds and opens the chat.
import { launchBrowser, serveStatic, startServer, waitForEmulator } from '@chatmount/e2e'
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const work = mkdtempSync(join(tmpdir(), 'chatmount-release-'))
const packs = join(work, 'packs')
const published = ['core', 'react', 'vue', 'angular', 'next', 'nuxt', 'server', 'testing']
const tarball = (name: string) => join(packs, `chatmount-${name}-0.0.0.tgz`)

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false' },
  })
const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'))

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Every path a manifest points at: exports (each condition), main, module, types, bin. */
function targets(manifest: Record<string, unknown>): string[] {
  const found: string[] = []
  const walk = (value: unknown) => {
    if (typeof value == 'string') found.push(value)
    else if (value && typeof value == 'object') Object.values(value).forEach(walk)
  }
  for (const field of ['exports', 'main', 'module', 'types', 'typings', 'bin'])
    walk(manifest[field])
  return [...new Set(found)].filter((path) => path.startsWith('./') || !path.startsWith('.'))
}

/** A target in the unpacked package: a file, or for `./dist/*.js` patterns at least one match. */
function present(dir: string, target: string): boolean {
  if (!target.includes('*')) return existsSync(join(dir, target))
  const [before, after] = target.split('*') as [string, string]
  const folder = join(dir, dirname(before + 'x'))
  const prefix = before.slice(before.lastIndexOf('/') + 1)
  return (
    existsSync(folder) &&
    readdirSync(folder).some((file) => file.startsWith(prefix) && file.endsWith(after))
  )
}

interface FreshApp {
  /** The tarballs every @chatmount/* dependency resolves to. */
  chatmount: string[]
  /** Those the app installs itself (all of `chatmount` by default). */
  installed?: string[]
  dependencies: Record<string, string>
  overrides?: Record<string, string>
  files: Record<string, string>
  build: string[]
  serve(dir: string): Promise<{ url: string; close(): Promise<void> }>
}

/** The same chat in every app: Chatra, on its emulator, loading when the visitor shows intent. */
const chat =
  "{ provider: 'chatra', token: 'z2o3F8GDkNpKD4BYt', load: 'interaction', scriptUrl: '/emulators/chatra.js' }"
const viteIndex =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fresh app</title></head><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>'

describe('release rehearsal', () => {
  it('changeset version, on a throwaway copy, versions every published package and writes its changelog', () => {
    const copy = join(work, 'repository')
    run('git', ['clone', '--quiet', '--no-hardlinks', root, copy], work)
    // The copy resolves the changelog generator from the workspace's install.
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'))
    const changeset = createRequire(import.meta.url).resolve('@changesets/cli/bin.js')
    run(process.execPath, [changeset, 'version'], copy)
    for (const name of published) {
      const manifest = json(join(copy, 'packages', name, 'package.json'))
      expect(manifest.version, `@chatmount/${name}'s version`).not.toBe('0.0.0')
      expect(
        existsSync(join(copy, 'packages', name, 'CHANGELOG.md')),
        `@chatmount/${name}'s CHANGELOG.md`,
      ).toBe(true)
    }
    expect(
      readdirSync(join(copy, '.changeset')).filter(
        (file) => file.endsWith('.md') && file != 'README.md',
      ),
    ).toEqual([])
  })

  it.each(published)(
    '@chatmount/%s packs: no workspace: or catalog: left, every exports target, README and LICENSE inside',
    (name) => {
      mkdirSync(packs, { recursive: true })
      run('pnpm', ['pack', '--pack-destination', packs], join(root, 'packages', name))
      const unpacked = join(work, 'unpacked', name)
      mkdirSync(unpacked, { recursive: true })
      run('tar', ['-xzf', tarball(name), '-C', unpacked], work)
      const dir = join(unpacked, 'package')
      const text = readFileSync(join(dir, 'package.json'), 'utf8')
      expect(text).not.toMatch(/workspace:|catalog:/)
      const missing = targets(JSON.parse(text)).filter((target) => !present(dir, target))
      expect(missing, 'exports targets missing from the tarball').toEqual([])
      expect(['README.md', 'LICENSE'].filter((file) => !existsSync(join(dir, file)))).toEqual([])
    },
  )

  // Fresh apps outside the workspace, made by hand the way each framework's starter makes them:
  // frameworks from the registry, chatmount only from the tarballs, the chat on the emulators.
  const apps: Record<string, FreshApp> = {
    'Vite + React': {
      chatmount: ['react', 'core', 'testing'],
      dependencies: {
        vite: '8.3.8',
        react: '^19.3.0',
        'react-dom': '^19.3.0',
        '@vitejs/plugin-react': '^6.3.0',
      },
      files: {
        'vite.config.js':
          "import react from '@vitejs/plugin-react'\nexport default { plugins: [react()] }",
        'index.html': viteIndex,
        'src/main.js': `import { ChatLauncher, ChatProvider } from '@chatmount/react'
import { createElement as h, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
createRoot(document.getElementById('app')).render(
  h(StrictMode, null, h(ChatProvider, ${chat}, h(ChatLauncher, null, 'Chat with us'))),
)`,
      },
      build: ['vite', 'build'],
      serve: (dir) => serveStatic(join(dir, 'dist')),
    },
    'Vite + Vue': {
      chatmount: ['vue', 'core', 'testing'],
      dependencies: { vite: '8.3.8', vue: '^3.5.45', '@vitejs/plugin-vue': '^6.0.11' },
      files: {
        'vite.config.js':
          "import vue from '@vitejs/plugin-vue'\nexport default { plugins: [vue()] }",
        'index.html': viteIndex,
        'src/main.js': `import { ChatLauncher, chatPlugin } from '@chatmount/vue'
import { createApp, h } from 'vue'
createApp({ render: () => h(ChatLauncher, null, () => 'Chat with us') }).use(chatPlugin, ${chat}).mount('#app')`,
      },
      build: ['vite', 'build'],
      serve: (dir) => serveStatic(join(dir, 'dist')),
    },
    'Next.js (only @chatmount/next installed)': {
      chatmount: ['next', 'testing', 'react', 'core'],
      installed: ['next', 'testing'],
      dependencies: { next: '16.4.6', react: '^19.3.0', 'react-dom': '^19.3.0' },
      files: {
        'app/layout.jsx': `import { ChatWidget } from '@chatmount/next'
export const metadata = { title: 'fresh app', icons: { icon: 'data:,' } }
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <ChatWidget {...${chat}}>{children}</ChatWidget>
      </body>
    </html>
  )
}`,
        'app/page.jsx':
          "import { ChatLauncher } from '@chatmount/next'\nexport default function Page() {\n  return <ChatLauncher>Chat with us</ChatLauncher>\n}",
      },
      build: ['next', 'build'],
      serve: (dir) =>
        startServer({
          cwd: dir,
          command: join(dir, 'node_modules', '.bin', 'next'),
          args: (port) => ['start', '--hostname', '127.0.0.1', '--port', String(port)],
        }),
    },
    'Angular CLI': {
      chatmount: ['angular', 'core', 'testing'],
      dependencies: {
        ...Object.fromEntries(
          ['common', 'compiler', 'core', 'platform-browser', 'router'].map((name) => [
            `@angular/${name}`,
            '21.2.24',
          ]),
        ),
        rxjs: '^7.8.2',
        tslib: '^2.8.1',
        '@angular/build': '21.2.27',
        '@angular/cli': '21.2.27',
        '@angular/compiler-cli': '21.2.24',
        typescript: '5.9.3',
      },
      files: {
        'angular.json': JSON.stringify({
          version: 1,
          cli: { analytics: false },
          projects: {
            app: {
              projectType: 'application',
              root: '',
              sourceRoot: 'src',
              architect: {
                build: {
                  builder: '@angular/build:application',
                  options: {
                    browser: 'src/main.ts',
                    tsConfig: 'tsconfig.json',
                    outputPath: 'dist',
                    index: 'src/index.html',
                    assets: [{ glob: '**/*', input: 'public' }],
                  },
                },
              },
            },
          },
        }),
        'tsconfig.json': JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'ES2022',
            moduleResolution: 'bundler',
            skipLibCheck: true,
          },
          files: ['src/main.ts'],
        }),
        'src/index.html':
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fresh app</title></head><body><app-root></app-root></body></html>',
        'src/main.ts': `import { Component, provideZonelessChangeDetection } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { ChatLauncher, provideChat } from '@chatmount/angular'

@Component({ selector: 'app-root', imports: [ChatLauncher], template: '<chat-launcher>Chat with us</chat-launcher>' })
class App {}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection(), provideChat(${chat} as const)] }).catch((error) => console.error(error))
`,
      },
      build: ['ng', 'build'],
      serve: (dir) => serveStatic(join(dir, 'dist', 'browser')),
    },
    Nuxt: {
      chatmount: ['nuxt', 'testing', 'vue', 'core'],
      installed: ['nuxt', 'testing'],
      dependencies: { nuxt: '4.4.5', vue: '^3.5.45', 'vue-router': '^5.5.1' },
      // The workspace's pin for Node 20 (see pnpm-workspace.yaml).
      overrides: { '@nuxt/cli': '3.35.1' },
      files: {
        'nuxt.config.ts': `export default defineNuxtConfig({
  modules: ['@chatmount/nuxt'],
  chatmount: ${chat},
  app: { head: { link: [{ rel: 'icon', href: 'data:,' }] } },
  devtools: { enabled: false },
  telemetry: false,
  compatibilityDate: '2026-01-01',
})`,
        'app.vue': '<template>\n  <ChatLauncher>Chat with us</ChatLauncher>\n</template>\n',
      },
      build: ['nuxt', 'build'],
      serve: (dir) =>
        startServer({
          cwd: dir,
          command: process.execPath,
          args: () => ['.output/server/index.mjs'],
          env: (port) => ({ PORT: String(port), HOST: '127.0.0.1' }),
        }),
    },
  }

  it.each(Object.entries(apps))(
    'a fresh %s app installs the tarballs, builds, and its launcher opens the chat',
    async (framework, app) => {
      const dir = join(work, framework.replace(/\W+/g, '-'))
      const local = (name: string) => `file:${tarball(name)}`
      const chatmount = (names: string[]) =>
        Object.fromEntries(names.map((name) => [`@chatmount/${name}`, local(name)]))
      const manifest = {
        name: 'fresh-app',
        private: true,
        type: 'module',
        dependencies: { ...app.dependencies, ...chatmount(app.installed ?? app.chatmount) },
        // Every @chatmount/* a tarball asks for is the local one, never the registry's.
        overrides: { ...chatmount(app.chatmount), ...app.overrides },
      }
      for (const [file, text] of Object.entries({
        'package.json': JSON.stringify(manifest, null, 2),
        ...app.files,
      })) {
        mkdirSync(dirname(join(dir, file)), { recursive: true })
        writeFileSync(join(dir, file), text)
      }
      run('npm', ['install', '--loglevel=error'], dir)
      run('npx', ['chatmount-emulators', 'public/emulators'], dir)
      run('npx', app.build, dir)
      const server = await app.serve(dir)
      const browser = await launchBrowser()
      const page = await browser.newPage()
      try {
        await page.goto(server.url)
        await page.getByRole('button', { name: 'Chat with us' }).click()
        await waitForEmulator(page, (vendor) => vendor.provider == 'chatra' && vendor.isOpen)
        expect(page.vendorScriptRequests()).toHaveLength(1)
        expect(page.problems()).toEqual([])
      } finally {
        await browser.close()
        await server.close()
      }
    },
  )
})
