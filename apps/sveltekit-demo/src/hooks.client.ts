import type { HandleClientError } from '@sveltejs/kit/hooks'

// What reaches a <svelte:boundary> in SvelteKit: the error's message, shown by the page (a config
// error names the option), instead of SvelteKit's default log and "Internal Error".
export const handleError: HandleClientError = ({ error }) => ({
  message: error instanceof Error ? error.message : String(error),
})
