import { demoHideOn, settingsFromUrl } from '@chatmount/e2e/demo'

/** The routes where the widget hides, as in every demo: a checkout keeps the visitor on task. */
export const hideOn = demoHideOn

/**
 * The chat for a URL's query: `?provider=…&load=…&token=…&consent=false` as in every demo, `idle`
 * by default here (the strategy Next's lazyOnload serves), and `?live` for the vendor's real script
 * instead of the emulator the app serves from /emulators.
 */
export type DemoChat = ReturnType<typeof demoChat>

export function demoChat(search: URLSearchParams) {
  const { provider, token, load, consent } = settingsFromUrl(search)
  return {
    provider,
    token,
    load: search.has('load') ? load : 'idle',
    consent,
    scriptUrl: search.has('live') ? undefined : `/emulators/${provider}.js`,
  } as const
}
