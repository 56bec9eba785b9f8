// A release, rehearsed without publishing: what `changeset version` does on a throwaway copy, what
// every tarball holds, and whether an app outside the workspace, installing only those tarballs
// (and the frameworks from the registry), builds and opens the chat.
import {
  launchBrowser,
  serveStatic,
  startServer,
  waitForEmulator,
  type BrowserHandle,
  type WatchedPage,
} from '@chatmount/e2e'
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

  // Apps made by hand the way create-vite makes them, the chat on the emulated vendors.
  const apps = {
    react: {
      dependencies: {
        react: '^19.3.0',
        'react-dom': '^19.3.0',
        '@vitejs/plugin-react': '^6.3.0',
        '@chatmount/react': 'react',
      },
      plugin: "import react from '@vitejs/plugin-react'\nexport default { plugins: [react()] }",
      main: `import { ChatLauncher, ChatProvider } from '@chatmount/react'
import { demoTokens } from '@chatmount/testing'
import { createElement as h, StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
createRoot(document.getElementById('app')).render(
  h(StrictMode, null, h(ChatProvider, { provider: 'chatra', token: demoTokens.chatra, load: 'interaction', scriptUrl: '/emulators/chatra.js' }, h(ChatLauncher, null, 'Chat with us'))),
)`,
    },
    vue: {
      dependencies: { vue: '^3.5.45', '@vitejs/plugin-vue': '^6.0.11', '@chatmount/vue': 'vue' },
      plugin: "import vue from '@vitejs/plugin-vue'\nexport default { plugins: [vue()] }",
      main: `import { ChatLauncher, chatPlugin } from '@chatmount/vue'
import { demoTokens } from '@chatmount/testing'
import { createApp, h } from 'vue'
createApp({ render: () => h(ChatLauncher, null, () => 'Chat with us') })
  .use(chatPlugin, { provider: 'chatra', token: demoTokens.chatra, load: 'interaction', scriptUrl: '/emulators/chatra.js' })
  .mount('#app')`,
    },
  }

  describe.each(Object.entries(apps))('a fresh %s app outside the workspace', (framework, app) => {
    let browser: BrowserHandle | undefined
    afterAll(() => browser?.close())

    it('installs the tarballs, builds with Vite, and its launcher opens the chat in Chromium', async () => {
      const dir = join(work, `${framework}-app`)
      mkdirSync(join(dir, 'src'), { recursive: true })
      const local = (name: string) => `file:${tarball(name)}`
      const dependencies: Record<string, string> = {
        vite: '8.3.8',
        '@chatmount/core': local('core'),
        '@chatmount/testing': local('testing'),
      }
      for (const [name, version] of Object.entries(app.dependencies))
        dependencies[name] = name.startsWith('@chatmount/') ? local(version) : version
      // Every @chatmount/* a tarball asks for is the local one, never the registry's.
      const overrides = { '@chatmount/core': local('core') }
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify(
          {
            name: `fresh-${framework}-app`,
            private: true,
            type: 'module',
            dependencies,
            overrides,
          },
          null,
          2,
        ),
      )
      writeFileSync(join(dir, 'vite.config.js'), app.plugin)
      writeFileSync(
        join(dir, 'index.html'),
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fresh app</title></head><body><div id="app"></div><script type="module" src="/src/main.js"></script></body></html>',
      )
      writeFileSync(join(dir, 'src', 'main.js'), app.main)
      run('npm', ['install', '--loglevel=error'], dir)
      run('npx', ['chatmount-emulators', 'public/emulators'], dir)
      run('npx', ['vite', 'build'], dir)

      const server = await serveStatic(join(dir, 'dist'))
      browser = await launchBrowser()
      try {
        await opensTheChat(await browser.newPage(), server.url)
      } finally {
        await server.close()
      }
    })
  })

  it('a fresh Next.js app outside the workspace installs @chatmount/next alone, builds, and its launcher opens the chat', async () => {
    const dir = join(work, 'next-app')
    mkdirSync(join(dir, 'app'), { recursive: true })
    const local = (name: string) => `file:${tarball(name)}`
    const dependencies = {
      next: '16.4.6',
      react: '^19.3.0',
      'react-dom': '^19.3.0',
      '@chatmount/next': local('next'),
      '@chatmount/testing': local('testing'),
    }
    const overrides = { '@chatmount/core': local('core'), '@chatmount/react': local('react') }
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'fresh-next-app', private: true, dependencies, overrides }, null, 2),
    )
    writeFileSync(
      join(dir, 'app', 'layout.jsx'),
      `import { ChatWidget } from '@chatmount/next'
export const metadata = { title: 'fresh app', icons: { icon: 'data:,' } }
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <ChatWidget provider="chatra" token="z2o3F8GDkNpKD4BYt" load="eager" scriptUrl="/emulators/chatra.js">{children}</ChatWidget>
      </body>
    </html>
  )
}`,
    )
    writeFileSync(
      join(dir, 'app', 'page.jsx'),
      `import { ChatLauncher } from '@chatmount/next'\nexport default function Page() {\n  return <ChatLauncher>Chat with us</ChatLauncher>\n}`,
    )
    run('npm', ['install', '--loglevel=error'], dir)
    run('npx', ['chatmount-emulators', 'public/emulators'], dir)
    run('npx', ['next', 'build'], dir)
    const server = await startServer({
      cwd: dir,
      command: join(dir, 'node_modules', '.bin', 'next'),
      args: (port) => ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    })
    const browser = await launchBrowser()
    try {
      await opensTheChat(await browser.newPage(), server.url)
    } finally {
      await browser.close()
      await server.close()
    }
  })
})

it('a fresh Nuxt app outside the workspace installs @chatmount/nuxt, builds, and its launcher opens the chat', async () => {
  const dir = join(work, 'nuxt-app')
  mkdirSync(dir, { recursive: true })
  const local = (name: string) => `file:${tarball(name)}`
  const dependencies = {
    nuxt: '4.4.5',
    vue: '^3.5.45',
    'vue-router': '^5.5.1',
    '@chatmount/nuxt': local('nuxt'),
    '@chatmount/testing': local('testing'),
  }
  // The workspace's pins for Node 20: @nuxt/cli 3.35.1 (see pnpm-workspace.yaml).
  const overrides = {
    '@chatmount/core': local('core'),
    '@chatmount/vue': local('vue'),
    '@nuxt/cli': '3.35.1',
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      { name: 'fresh-nuxt-app', private: true, type: 'module', dependencies, overrides },
      null,
      2,
    ),
  )
  writeFileSync(
    join(dir, 'nuxt.config.ts'),
    `export default defineNuxtConfig({
  modules: ['@chatmount/nuxt'],
  chatmount: { provider: 'chatra', token: 'z2o3F8GDkNpKD4BYt', load: 'interaction', scriptUrl: '/emulators/chatra.js' },
  app: { head: { link: [{ rel: 'icon', href: 'data:,' }] } },
  devtools: { enabled: false },
  telemetry: false,
  compatibilityDate: '2026-01-01',
})`,
  )
  writeFileSync(
    join(dir, 'app.vue'),
    '<template>\n  <ChatLauncher>Chat with us</ChatLauncher>\n</template>\n',
  )
  run('npm', ['install', '--loglevel=error'], dir)
  run('npx', ['chatmount-emulators', 'public/emulators'], dir)
  run('npx', ['nuxt', 'build'], dir)
  const server = await startServer({
    cwd: dir,
    command: process.execPath,
    args: () => ['.output/server/index.mjs'],
    env: (port) => ({ PORT: String(port), HOST: '127.0.0.1' }),
  })
  const browser = await launchBrowser()
  try {
    await opensTheChat(await browser.newPage(), server.url)
  } finally {
    await browser.close()
    await server.close()
  }
})

it('a fresh Angular app outside the workspace installs @chatmount/angular, builds with the CLI, and its launcher opens the chat', async () => {
  const dir = join(work, 'angular-app')
  mkdirSync(join(dir, 'src'), { recursive: true })
  const local = (name: string) => `file:${tarball(name)}`
  const angular = (name: string) => [`@angular/${name}`, '21.2.24']
  const dependencies = Object.fromEntries([
    ...['common', 'compiler', 'core', 'platform-browser', 'router'].map(angular),
    ['rxjs', '^7.8.2'],
    ['tslib', '^2.8.1'],
    ['@chatmount/angular', local('angular')],
    ['@chatmount/testing', local('testing')],
  ])
  const devDependencies = {
    '@angular/build': '21.2.27',
    '@angular/cli': '21.2.27',
    '@angular/compiler-cli': '21.2.24',
    typescript: '5.9.3',
  }
  const overrides = { '@chatmount/core': local('core') }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'fresh-angular-app',
        private: true,
        type: 'module',
        dependencies,
        devDependencies,
        overrides,
      },
      null,
      2,
    ),
  )
  const build = {
    builder: '@angular/build:application',
    options: {
      browser: 'src/main.ts',
      tsConfig: 'tsconfig.json',
      outputPath: 'dist',
      index: 'src/index.html',
      assets: [{ glob: '**/*', input: 'public' }],
    },
  }
  writeFileSync(
    join(dir, 'angular.json'),
    JSON.stringify({
      version: 1,
      cli: { analytics: false },
      projects: {
        app: { projectType: 'application', root: '', sourceRoot: 'src', architect: { build } },
      },
    }),
  )
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        target: 'ES2022',
        module: 'ES2022',
        moduleResolution: 'bundler',
        skipLibCheck: true,
      },
      files: ['src/main.ts'],
    }),
  )
  writeFileSync(
    join(dir, 'src', 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>fresh app</title></head><body><app-root></app-root></body></html>',
  )
  writeFileSync(
    join(dir, 'src', 'main.ts'),
    `import { Component, provideZonelessChangeDetection } from '@angular/core'
import { bootstrapApplication } from '@angular/platform-browser'
import { ChatLauncher, provideChat } from '@chatmount/angular'

@Component({ selector: 'app-root', imports: [ChatLauncher], template: '<chat-launcher>Chat with us</chat-launcher>' })
class App {}

bootstrapApplication(App, {
  providers: [
    provideZonelessChangeDetection(),
    provideChat({ provider: 'chatra', token: 'z2o3F8GDkNpKD4BYt', load: 'interaction', scriptUrl: '/emulators/chatra.js' }),
  ],
}).catch((error) => console.error(error))
`,
  )
  run('npm', ['install', '--loglevel=error'], dir)
  run('npx', ['chatmount-emulators', 'public/emulators'], dir)
  run('npx', ['ng', 'build'], dir)
  const server = await serveStatic(join(dir, 'dist', 'browser'))
  const browser = await launchBrowser()
  try {
    await opensTheChat(await browser.newPage(), server.url)
  } finally {
    await browser.close()
    await server.close()
  }
})

/** The launcher opens the chat: one vendor script, the emulated vendor open, no error in the page. */
async function opensTheChat(page: WatchedPage, url: string) {
  try {
    await page.goto(url)
    await page.getByRole('button', { name: 'Chat with us' }).click()
    await waitForEmulator(page, (vendor) => vendor.provider == 'chatra' && vendor.isOpen)
    expect(page.vendorScriptRequests()).toHaveLength(1)
    expect(page.problems()).toEqual([])
  } finally {
    await page.close()
  }
}
