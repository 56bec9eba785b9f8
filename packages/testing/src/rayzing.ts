import { Session } from './session'
import { randomId } from './util'
import type { BootEmulator } from './types'

const RAYZING_SCRIPT_ID = 'rayzing-messenger-widget'
// Rayzing white-labels BotPenguin, and its loader uses BotPenguin's names (VENDORS.md, "What the
// real scripts do"): a root custom element, then a messenger iframe and a launcher.
const ROOT_TAG = 'botpenguin-root'
const MESSENGER_ID = 'BotPenguin-messenger'
const LAUNCHER_ID = 'botpenguin-launcher-12'
/** What the loader stores (VENDORS.md); the values are the emulator's own. */
const STORED = ['__BotPenguin', '__BotPenguinUser', 'old']
/** Where the emulator keeps the conversation's UUID in session storage (the real key is not documented). */
const RAYZING_UUID_KEY = 'rayzing-emulator:uuid'
/** How long the loader's runtime scripts take to download and draw the bot. */
const RUNTIME_DELAY = 50

/** A random UUID (version 4), shaped like the seed's sample `7e88d192-9b20-4035-9b68-d4ac3d58a34f`. */
function uuid(): string {
  const hex = randomId(32, '0123456789abcdef')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[hex.charCodeAt(16) % 4]}${hex.slice(17, 20)}-${hex.slice(20)}`
}

/**
 * Emulates https://cdn.rayzing.ai/rayzing.js, the loader, as BotPenguin's public loader behaves:
 * - it finds its own element by id (not through the script that runs) and reads
 *   `BOT_ID,CUSTOMER_ID` from its untrimmed text;
 * - with its root element already in the page it throws "The bot element already exist, …" at its
 *   top level, uncaught, and does nothing else;
 * - it writes `__BotPenguin`, `__BotPenguinUser` and `old` to localStorage, appends a `<style>` and
 *   a second `<meta name=viewport>` to `<head>` and its root custom element to `<body>`;
 * - then its runtime (three deferred scripts in the real loader; a timer here) draws the messenger
 *   (`#BotPenguin-messenger`) and its launcher (`#botpenguin-launcher-12`), into a root that is
 *   still in the page. There is no ready signal and no browser API.
 *
 * The `'never-ready'` fault is a loader whose runtime never draws the bot: the root stays alone.
 */
export const bootRayzing: BootEmulator = (win, _script, { neverReady } = {}) => {
  const doc = win.document
  const element = doc.getElementById(RAYZING_SCRIPT_ID)
  if (!element) {
    console.error(
      `[Rayzing emulator] no element with id "${RAYZING_SCRIPT_ID}": the install tag needs that id. The widget did not start.`,
    )
    return undefined
  }
  const [botId, customerId] = (element.textContent ?? '').split(',')
  if (!botId || !customerId) {
    console.error(
      `[Rayzing emulator] #${RAYZING_SCRIPT_ID} must contain "BOT_ID,CUSTOMER_ID" as its text. The widget did not start.`,
    )
    return undefined
  }
  if (doc.querySelector(ROOT_TAG))
    throw new Error('The bot element already exist, please remove existing script to continue')

  for (const key of STORED) win.localStorage.setItem(key, JSON.stringify({ botId, at: Date.now() }))
  const style = doc.createElement('style')
  style.textContent = `${ROOT_TAG}{position:fixed;z-index:2147483000}`
  const viewport = doc.createElement('meta')
  viewport.name = 'viewport'
  viewport.content = 'width=device-width, initial-scale=1, maximum-scale=1'
  // Unmarked in the real loader; marked here so that tests can count them (chatmount never looks).
  style.dataset.emulator = viewport.dataset.emulator = 'rayzing'
  doc.head.append(style, viewport)
  const root = doc.createElement(ROOT_TAG)
  doc.body.append(root)

  const session = new Session(win, {
    provider: 'rayzing',
    vendorName: 'Rayzing',
    rootId: MESSENGER_ID,
    accent: '#db2777',
  })
  // Seed: "As soon as any user opens up the Bot, It creates one UUId", kept in the page's session
  // storage (the seed shows the key only in an image: the emulator picks its own).
  session.hooks = {
    openChanged(open) {
      if (open && !win.sessionStorage.getItem(RAYZING_UUID_KEY))
        win.sessionStorage.setItem(RAYZING_UUID_KEY, uuid())
    },
  }
  session.settings = {
    botId,
    customerId,
    pageUrl: `https://page.rayzing.ai/${encodeURIComponent(botId)}/${encodeURIComponent(customerId)}`,
  }
  if (!neverReady) {
    const timer = win.setTimeout(() => {
      if (!root.isConnected) return
      session.mount().launcher.id = LAUNCHER_ID
      session.ready = true
    }, RUNTIME_DELAY)
    session.onDestroy(() => win.clearTimeout(timer))
  }
  session.onDestroy(() => root.remove())
  return session.controller
}
