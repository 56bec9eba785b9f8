// The fresh apps, one kind per framework, each made the way a newcomer makes it: with the
// framework's generator (by hand only where the generator needs the internet: Nuxt's), then the
// few lines the package's README asks for. Each kind is made at the current majors and at the
// oldest majors the packages' peer ranges claim.
import { serveStatic, startServer } from '@chatmount/e2e'
import { join } from 'node:path'
import { chat, chatObject, chatProps, replace, type FreshApp } from './rehearsal'

type Options = Pick<FreshApp, 'pin'> & { generator?: NonNullable<FreshApp['generate']>['with'] }

/** A `create-vite` app from `template`, served from its `dist`. */
const viteApp =
  (template: string, app: Pick<FreshApp, 'installs' | 'files'>) =>
  ({ generator = 'vite', pin }: Options = {}): FreshApp => ({
    generate: {
      with: generator,
      bin: 'create-vite',
      args: (name) => [name, '--template', template, '--no-interactive'],
    },
    pin,
    ...app,
    serve: (dir) => serveStatic(join(dir, 'dist')),
  })

/** `create-vite --template react-ts`: `tsc -b && vite build`, so the app type-checks our types. */
export const viteReact = viteApp('react-ts', {
  installs: ['react', 'core', 'testing'],
  files: {
    'src/App.tsx': `import { ChatLauncher, ChatProvider } from '@chatmount/react'

export default function App() {
  return (
    <ChatProvider ${chatProps}>
      <ChatLauncher>Chat with us</ChatLauncher>
    </ChatProvider>
  )
}
`,
  },
})

/** `create-vite --template vue-ts`: `vue-tsc -b && vite build`. */
export const viteVue = viteApp('vue-ts', {
  installs: ['vue', 'core', 'testing'],
  files: {
    'src/main.ts': (main) =>
      `import { chatPlugin } from '@chatmount/vue'\n${replace(
        main,
        "createApp(App).mount('#app')",
        `createApp(App).use(chatPlugin, ${chatObject}).mount('#app')`,
      )}`,
    'src/App.vue': `<script setup lang="ts">
import { ChatLauncher } from '@chatmount/vue'
</script>

<template>
  <ChatLauncher>Chat with us</ChatLauncher>
</template>
`,
  },
})

/** `create-vite --template solid-ts` (Solid 1.9): `tsc -b && vite build`. */
export const viteSolid = viteApp('solid-ts', {
  installs: ['solid', 'testing'],
  files: {
    'src/App.tsx': `import { ChatLauncher, ChatProvider } from '@chatmount/solid'

export default function App() {
  return (
    <ChatProvider ${chatProps}>
      <ChatLauncher>Chat with us</ChatLauncher>
    </ChatProvider>
  )
}
`,
  },
})

/** `create-next-app` (App Router, TypeScript), installing only `@chatmount/next`. */
export const nextApp = ({ generator = 'next', pin }: Options = {}): FreshApp => ({
  generate: {
    with: generator,
    bin: 'create-next-app',
    args: (name) => [
      name,
      ...['--ts', '--app', '--no-tailwind', '--no-eslint', '--no-src-dir'],
      ...['--import-alias', '@/*', '--use-npm', '--skip-install', '--disable-git', '--yes'],
    ],
  },
  pin,
  installs: ['next', 'testing'],
  files: {
    // The generated layout loads Google fonts at build time, which needs the internet.
    'app/layout.tsx': `import { ChatWidget } from '@chatmount/next'
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

export const metadata: Metadata = { title: 'fresh app', icons: { icon: 'data:,' } }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <ChatWidget ${chatProps}>{children}</ChatWidget>
      </body>
    </html>
  )
}
`,
    'app/page.tsx': `import { ChatLauncher } from '@chatmount/next'

export default function Page() {
  return <ChatLauncher>Chat with us</ChatLauncher>
}
`,
  },
  serve: (dir) =>
    startServer({
      cwd: dir,
      command: join(dir, 'node_modules', '.bin', 'next'),
      args: (port) => ['start', '--hostname', '127.0.0.1', '--port', String(port)],
    }),
})

/**
 * `ng new --ssr`: `provideChat` in `app.config.ts`, as the README says, so that prerendering at
 * build time sees it; served by the app's own Express server.
 */
export const angularApp = ({ generator = 'angular', pin }: Options = {}): FreshApp => ({
  generate: {
    with: generator,
    bin: 'ng',
    args: (name) => ['new', name, '--defaults', '--ssr', '--skip-install', '--skip-git'],
  },
  pin,
  installs: ['angular', 'core', 'testing'],
  files: {
    'src/app/app.config.ts': (config) =>
      `import { provideChat } from '@chatmount/angular'\n${replace(
        config,
        'providers: [',
        `providers: [provideChat(${chatObject}), `,
      )}`,
    'src/app/app.ts': (component) =>
      `import { ChatLauncher } from '@chatmount/angular'\n${replace(
        component,
        'imports: [RouterOutlet]',
        'imports: [RouterOutlet, ChatLauncher]',
      )}`,
    'src/app/app.html': '<chat-launcher>Chat with us</chat-launcher>\n<router-outlet />\n',
  },
  serve: (dir, name) =>
    startServer({
      cwd: dir,
      command: process.execPath,
      args: () => [join('dist', name, 'server', 'server.mjs')],
      env: (port) => ({ PORT: String(port), NG_ALLOWED_HOSTS: '127.0.0.1' }),
    }),
})

/** A Nuxt app as `nuxi init`'s minimal template makes it (which downloads its template: by hand). */
export const nuxtApp = ({ pin }: Options = {}): FreshApp => ({
  pin,
  installs: ['nuxt', 'testing'],
  files: {
    'package.json': JSON.stringify({
      name: 'fresh-nuxt-app',
      private: true,
      type: 'module',
      scripts: { build: 'nuxt build', dev: 'nuxt dev', postinstall: 'nuxt prepare' },
      dependencies: { nuxt: '^4.6.4', vue: '^3.5.47', 'vue-router': '^5.5.1' },
    }),
    'nuxt.config.ts': `export default defineNuxtConfig({
  compatibilityDate: '2026-12-01',
  devtools: { enabled: false },
  telemetry: false,
  modules: ['@chatmount/nuxt'],
  chatmount: ${chatObject},
  app: { head: { link: [{ rel: 'icon', href: 'data:,' }] } },
})
`,
    'tsconfig.json': JSON.stringify({
      files: [],
      references: ['app', 'server', 'shared', 'node'].map((part) => ({
        path: `./.nuxt/tsconfig.${part}.json`,
      })),
    }),
    'app/app.vue': '<template>\n  <ChatLauncher>Chat with us</ChatLauncher>\n</template>\n',
  },
  serve: (dir) =>
    startServer({
      cwd: dir,
      command: process.execPath,
      args: () => ['.output/server/index.mjs'],
      env: (port) => ({ PORT: String(port), HOST: '127.0.0.1' }),
    }),
})

/**
 * A site without a build step, by hand: one HTML page with the script tag and a launcher, as the
 * element's README shows it; its "build" copies the tag's files where the site serves them.
 */
export const htmlSite = (): FreshApp => ({
  installs: ['element', 'testing'],
  files: {
    'package.json': JSON.stringify({
      name: 'fresh-html-site',
      private: true,
      scripts: {
        build:
          'mkdir -p dist/chatmount && cp node_modules/@chatmount/element/dist/chatmount*.js dist/chatmount/ && cp index.html dist/ && cp -r public/emulators dist/',
      },
    }),
    'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>fresh site</title>
    <link rel="icon" href="data:," />
    <script async src="/chatmount/chatmount.js" ${Object.entries(chat)
      .map(
        ([name, value]) =>
          `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value}"`,
      )
      .join(' ')}></script>
  </head>
  <body>
    <chatmount-launcher>Chat with us</chatmount-launcher>
  </body>
</html>
`,
  },
  serve: (dir) => serveStatic(join(dir, 'dist')),
})

/**
 * `sv create` (SvelteKit, TypeScript, no add-ons: it makes SvelteKit 2 apps, with adapter-auto),
 * the chat set in the root layout as the package's README shows it, served by `vite preview`.
 */
export const svelteKitApp = (): FreshApp => ({
  generate: {
    with: 'sv',
    bin: 'sv',
    args: (name) => [
      'create',
      '--template',
      'minimal',
      '--types',
      'ts',
      '--no-add-ons',
      '--no-install',
      name,
    ],
  },
  installs: ['svelte', 'testing'],
  staticDir: 'static',
  files: {
    'src/routes/+layout.svelte': `<script lang="ts">
  import { ChatLauncher, setChat } from '@chatmount/svelte'

  let { children } = $props()
  setChat(${chatObject})
</script>

<svelte:head><link rel="icon" href="data:," /></svelte:head>
{@render children()}
<ChatLauncher>Chat with us</ChatLauncher>
`,
  },
  serve: (dir) =>
    startServer({
      cwd: dir,
      command: join(dir, 'node_modules', '.bin', 'vite'),
      args: (port) => ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    }),
})

/**
 * An Astro site as `create-astro`'s minimal template makes it (which downloads its template: by
 * hand), with the integration in its config and `<ClientRouter />`; served from its `dist`.
 */
export const astroSite = (): FreshApp => ({
  installs: ['astro', 'testing'],
  files: {
    'package.json': JSON.stringify({
      name: 'fresh-astro-site',
      private: true,
      type: 'module',
      scripts: { build: 'astro build' },
      dependencies: { astro: '^7.4.8' },
    }),
    'astro.config.mjs': `import chatmount from '@chatmount/astro'
import { defineConfig } from 'astro/config'

export default defineConfig({
  integrations: [chatmount(${chatObject})],
})
`,
    'src/pages/index.astro': `---
import { ClientRouter } from 'astro:transitions'
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>fresh site</title>
    <ClientRouter />
  </head>
  <body>
    <chatmount-launcher>Chat with us</chatmount-launcher>
  </body>
</html>
`,
  },
  serve: (dir) => serveStatic(join(dir, 'dist')),
})
