// Fresh apps at the oldest majors the peer ranges claim: React 18, Vue 3.3, Next 15, Angular 21,
// Nuxt 4.0. Where an old major needs the generator of its time, that generator makes it.
import { describe, inject, it } from 'vitest'
import { angularApp, nextApp, nuxtApp, viteReact, viteVue } from './freshApps'
import { rehearse } from './rehearsal'

const apps = {
  'vite-react-18': viteReact({
    pin: {
      react: '^18.3.1',
      'react-dom': '^18.3.1',
      '@types/react': '^18.3.0',
      '@types/react-dom': '^18.3.0',
    },
  }),
  // The TypeScript its vue-tsc 1.8 was made for (newer ones break that vue-tsc).
  'vite-vue-3.3': viteVue({
    generator: 'viteForVue33',
    pin: { vue: '~3.3.13', typescript: '~5.3.3' },
  }),
  'next-15': nextApp({ generator: 'next15' }),
  'angular-21': angularApp({ generator: 'angular21' }),
  'nuxt-4.0': nuxtApp({ pin: { nuxt: '~4.0.3', 'vue-router': '^4.5.1' } }),
}

describe('a fresh app at the oldest majors', () => {
  it.each(Object.entries(apps))(
    '%s: installs the tarballs with a plain npm install, builds, and its launcher opens the chat',
    (name, app) => rehearse(name, app, inject('rehearsal')),
  )
})
