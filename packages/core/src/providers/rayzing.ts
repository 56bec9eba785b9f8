import { ChatError } from '../chatError'
import { defineProvider } from '../defineProvider'
import { trusted } from '../trustedTypes'

export interface RayzingApi {
  options: Record<string, never>
  methods: Record<never, never>
  getters: {
    /**
     * The conversation's UUID that Rayzing's lead API takes, once the visitor has opened the bot
     * (`undefined` before). The seed: "You can get the UUID from the local web session storage"; it
     * names the key only in an image, so chatmount takes the session-storage value that is a UUID.
     */
    uuid(): string | undefined
  }
  events: Record<never, never>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** What the widget renders (the family it belongs to names its roots so). */
const WIDGET = '[id^=rayzing-widget],[id^=botpenguin],[id^=BotPenguin]'

/**
 * Rayzing: one script tag, no browser API. It cannot be opened, closed or told who the visitor
 * is from the page, and `supports()` says so.
 */
export const rayzing = defineProvider<RayzingApi>({
  name: 'rayzing',
  token: { pattern: /^[\w-]{1,64},[\w-]{1,64}$/, expected: '"BOT_ID,CUSTOMER_ID"' },
  scriptUrl: () => 'https://cdn.rayzing.ai/rayzing.js',
  prepareScript(script, { window, token }) {
    // The script finds itself by this id and reads the two ids from its own text (seed: "<script
    // id="rayzing-messenger-widget" src="https://cdn.rayzing.ai/rayzing.js" defer>BotId,CustomerId</script>").
    script.id = 'rayzing-messenger-widget'
    script.async = false
    script.defer = true
    script.text = trusted(window).createScript(token)
  },
  install() {},
  // No API and no ready event (seed, "Chatbot Script Structure"): it has started once its widget is there.
  hasStarted: ({ document }) => !!document.querySelector(WIDGET),
  operations: {},
  call() {
    throw new ChatError('unsupported', 'rayzing: no browser API')
  },
  get({ window }) {
    const storage = window.sessionStorage
    for (let index = 0; index < storage.length; index++) {
      const value = storage.getItem(storage.key(index)!)
      if (value && UUID.test(value)) return value
    }
  },
  // The widget refuses to start again while its root is in the page: these go before each install.
  elements: '#rayzing-messenger-widget,' + WIDGET,
})
