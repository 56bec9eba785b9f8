import { ChatError } from '../chatError'
import { defineProvider } from '../defineProvider'

export interface RayzingApi {
  options: Record<string, never>
  methods: Record<never, never>
  getters: Record<never, never>
  events: Record<never, never>
}

/**
 * Rayzing: one script tag, no browser API. It cannot be opened, closed or told who the visitor
 * is from the page, and `supports()` says so.
 */
export const rayzing = defineProvider<RayzingApi>({
  name: 'rayzing',
  token: { pattern: /^[\w-]{1,64},[\w-]{1,64}$/, expected: '"BOT_ID,CUSTOMER_ID"' },
  scriptUrl: () => 'https://cdn.rayzing.ai/rayzing.js',
  prepareScript(script, { token }) {
    // The script finds itself by this id and reads the two ids from its own text.
    script.id = 'rayzing-messenger-widget'
    script.async = false
    script.defer = true
    script.text = token
  },
  install() {},
  operations: {},
  call() {
    throw new ChatError('unsupported', 'rayzing: no browser API')
  },
  // The widget refuses to start again while its root is in the page: these go before each install.
  elements: '#rayzing-messenger-widget,[id^=rayzing-widget],[id^=botpenguin],[id^=BotPenguin]',
})
