import adapter from '@sveltejs/adapter-static'
import { sveltekit } from '@sveltejs/kit/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [
    sveltekit({
      compilerOptions: {
        // Force runes mode for the project, except for libraries. Can be removed in svelte 6.
        runes: ({ filename }) =>
          filename.split(/[/\\]/).includes('node_modules') ? undefined : true,
      },
      // A single-page app: the demo reads its settings from the URL in the browser, so its pages
      // are rendered there (the package's server rendering is tested in its own suite).
      adapter: adapter({ pages: 'dist', assets: 'dist', fallback: 'index.html' }),
    }),
  ],
})
