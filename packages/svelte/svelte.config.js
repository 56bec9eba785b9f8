import { vitePreprocess } from '@sveltejs/vite-plugin-svelte'

// TypeScript in the components, for svelte-package, svelte-check and the tests.
export default { preprocess: vitePreprocess() }
