// Fresh apps at today's majors, made by today's generators.
import { describe, inject, it } from 'vitest'
import {
  angularApp,
  astroSite,
  htmlSite,
  nextApp,
  nuxtApp,
  svelteKitApp,
  viteSolid,
  viteReact,
  viteVue,
} from './freshApps'
import { rehearse } from './rehearsal'

const apps = {
  'vite-react': viteReact(),
  'vite-vue': viteVue(),
  // Only @chatmount/next installed: it brings React's package and core.
  next: nextApp(),
  angular: angularApp(),
  nuxt: nuxtApp(),
  sveltekit: svelteKitApp(),
  'vite-solid': viteSolid(),
  astro: astroSite(),
  // No framework, no bundler: the script tag.
  html: htmlSite(),
}

describe('a fresh app at the current majors', () => {
  it.each(Object.entries(apps))(
    '%s: installs the tarballs with a plain npm install, builds, and its launcher opens the chat',
    (name, app) => rehearse(name, app, inject('rehearsal')),
  )
})
