import { ChatError } from '../chatError'
import { defineProvider, type ProviderContext } from '../defineProvider'
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

// Rayzing white-labels BotPenguin, whose public loader appends a root custom element to <body>
// (`<botpenguin-root>`, no id), then its runtime draws a messenger iframe `#BotPenguin-messenger`
// and a launcher `#botpenguin-launcher-12` (VENDORS.md, "What the real scripts do"). Rayzing's own
// loader may use its own names in the same shape: both are accepted.
const ROOT = 'botpenguin-root,rayzing-root'
const LAUNCHER = '[id^=botpenguin-launcher],[id^=rayzing-launcher]'
const MESSENGER = '#BotPenguin-messenger,#Rayzing-messenger'

/** What the loader added to `<head>` beside its root (a `<style>`, a second viewport `<meta>`), per load. */
const loaderAdditions = new WeakMap<ProviderContext, { added: Element[]; stop(): void }>()

/**
 * Watch for the loader's run: it appends its root to `<body>` and its `<style>` and viewport
 * `<meta>` to `<head>` in one go, so the head elements added in the same batch of mutations as the
 * root are the loader's, and only those are taken out with it: the page's own stay.
 */
function watchLoader({ window, document }: ProviderContext) {
  const added: Element[] = []
  const observer = new window.MutationObserver((records) => {
    const nodes = records.flatMap((record) => [...record.addedNodes])
    const isElement = (node: Node): node is Element => node.nodeType == 1
    if (!nodes.some((node) => isElement(node) && node.matches(ROOT))) return
    added.push(
      ...nodes.filter(
        (node): node is Element =>
          isElement(node) && node.parentNode == document.head && node.matches('style,meta'),
      ),
    )
    observer.disconnect()
  })
  observer.observe(document.head, { childList: true })
  observer.observe(document.body, { childList: true })
  return { added, stop: () => observer.disconnect() }
}

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
  install(ctx) {
    loaderAdditions.set(ctx, watchLoader(ctx))
  },
  // No API and no ready event (seed, "Chatbot Script Structure"). The loader has run once its root
  // is in the page (its runtime draws the bot later, or not at all while the bot is down); a
  // launcher counts too, for a loader that draws one first. A loader that threw never gets here.
  hasStarted: ({ document }) => !!document.querySelector(`${ROOT},${LAUNCHER}`),
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
  teardown(ctx) {
    const additions = loaderAdditions.get(ctx)
    additions?.stop()
    additions?.added.forEach((element) => element.remove())
  },
  // The loader throws while its root is in the page: these go before each install too.
  elements: `#rayzing-messenger-widget,${ROOT},${LAUNCHER},${MESSENGER}`,
})
