import { ChatError } from '../chatError'
import type { ProviderDefinition } from '../defineProvider'
import { trusted } from '../trustedTypes'
import { rayzing as vendor } from '../vendors/facts'

export interface RayzingApi {
  options: Record<string, never>
  methods: Record<never, never>
  getters: {
    /**
     * The conversation's UUID that Rayzing's lead API takes, once the visitor has opened the bot
     * (`undefined` before). Its documentation: "You can get the UUID from the local web session
     * storage"; it names the key only in an image, so chatmount takes the session-storage value
     * that is a UUID.
     */
    uuid(): string | undefined
  }
  events: Record<never, never>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// Rayzing white-labels BotPenguin, whose public loader appends a root custom element to <body>
// (`<botpenguin-root>`, no id), then its runtime draws a messenger iframe `#BotPenguin-messenger`
// and a launcher `#botpenguin-launcher-12` (VENDORS.md, "What the real scripts do"). Rayzing's own
// loader may use its own names in the same shape: both are accepted.
const ROOT = 'botpenguin-root,rayzing-root'
const LAUNCHER = '[id^=botpenguin-launcher],[id^=rayzing-launcher]'
const MESSENGER = '#BotPenguin-messenger,#Rayzing-messenger'

/**
 * Rayzing: one script tag, no browser API. It cannot be opened, closed or told who the visitor
 * is from the page, and `supports()` says so.
 */
export const rayzing: ProviderDefinition<RayzingApi> = {
  name: 'rayzing',
  token: vendor.token,
  scriptUrl: () => 'https://cdn.rayzing.ai/rayzing.js',
  hostedPage: vendor.hostedPage,
  prepareScript(script, { window, token }) {
    // The script finds itself by this id and reads the two ids from its own text (Rayzing's
    // documentation: "<script id="rayzing-messenger-widget" src="https://cdn.rayzing.ai/rayzing.js"
    // defer>BotId,CustomerId</script>").
    script.id = 'rayzing-messenger-widget'
    script.async = false
    script.defer = true
    script.text = trusted(window).createScript(token)
  },
  install() {},
  // No API and no ready event (Rayzing's documentation, "Chatbot Script Structure"). The loader has
  // run once its root is in the page (its runtime draws the bot later, or not at all while the bot
  // is down); a launcher counts too, for a loader that draws one first. A loader that threw never
  // gets here.
  hasStarted: ({ document }) => !!document.querySelector(`${ROOT},${LAUNCHER}`),
  // VENDORS.md, Rayzing: the launcher is hidden until the bot is up.
  button: LAUNCHER,
  operations: {},
  call() {
    throw new ChatError('unsupported', 'rayzing: no browser API')
  },
  // What BotPenguin's loader writes (VENDORS.md). It also writes `old`, a name too generic to take
  // from a page that may use it itself: that one stays.
  storage: { local: ['__BotPenguin*'] },
  get({ window }) {
    const storage = window.sessionStorage
    for (let index = 0; index < storage.length; index++) {
      const value = storage.getItem(storage.key(index)!)
      if (value && UUID.test(value)) return value
    }
  },
  // The loader throws while its root is in the page: these go before each install too. Its <style>
  // and second viewport <meta> go with them (core takes out what a vendor adds to <head>).
  elements: `#rayzing-messenger-widget,${ROOT},${LAUNCHER},${MESSENGER}`,
}
