import { ChatError } from '../chatError'
import { defineProvider } from '../defineProvider'
import { removeElements } from './cleanup'

export interface RayzingApi {
  options: Record<string, never>
  methods: Record<never, never>
  getters: Record<never, never>
  events: Record<never, never>
}

/** The script finds itself by this id and reads `BOT_ID,CUSTOMER_ID` from its own text. */
const SCRIPT_ID = 'rayzing-messenger-widget'
/** The widget refuses to start again while any of its root elements is still in the page. */
const WIDGET_ELEMENTS = '#rayzing-widget-root, [id^="rayzing-widget"], [id^="botpenguin"], [id^="BotPenguin"]'

/**
 * Rayzing: one script tag, no browser API. It cannot be opened, closed or told who the visitor
 * is from the page, and `supports()` says so.
 */
export const rayzing = defineProvider<RayzingApi>({
  name: 'rayzing',
  token: { pattern: /^[A-Za-z0-9_-]{1,64},[A-Za-z0-9_-]{1,64}$/, expected: '"BOT_ID,CUSTOMER_ID"' },
  scriptUrl: () => 'https://cdn.rayzing.ai/rayzing.js',
  prepareScript(script, { token }) {
    script.id = SCRIPT_ID
    script.async = false
    script.defer = true
    script.textContent = token
  },
  install({ document }) {
    removeElements(document, WIDGET_ELEMENTS)
  },
  operations: {},
  call(_, [method]) {
    throw new ChatError('unsupported', `rayzing has no browser API (asked for ${String(method)}).`)
  },
  teardown({ document }) {
    removeElements(document, `#${SCRIPT_ID}, ${WIDGET_ELEMENTS}`)
  },
})
