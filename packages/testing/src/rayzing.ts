import { Session } from './session'
import { randomId } from './util'
import type { BootEmulator } from './types'

const RAYZING_SCRIPT_ID = 'rayzing-messenger-widget'
const RAYZING_ROOT_ID = 'rayzing-widget-root'
/** Where the emulator keeps the conversation's UUID in session storage (the real key is not documented). */
const RAYZING_UUID_KEY = 'rayzing-emulator:uuid'

/** A random UUID (version 4), shaped like the seed's sample `7e88d192-9b20-4035-9b68-d4ac3d58a34f`. */
function uuid(): string {
  const hex = randomId(32, '0123456789abcdef')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[hex.charCodeAt(16) % 4]}${hex.slice(17, 20)}-${hex.slice(20)}`
}

/**
 * Emulates https://cdn.rayzing.ai/rayzing.js. Like the real script it finds its own element by id
 * (not through the script that runs) and reads `BOT_ID,CUSTOMER_ID` from its text. It has no
 * browser API: `calls` stays empty, and only the visitor (or the controller) opens and closes it.
 *
 * A second start while `#rayzing-widget-root` is still in the page throws "bot element already
 * exist" at the script's top level, as the real widget does; the running widget keeps its controller.
 */
export const bootRayzing: BootEmulator = (win) => {
  const doc = win.document
  const element = doc.getElementById(RAYZING_SCRIPT_ID)
  if (!element) {
    console.error(
      `[Rayzing emulator] no element with id "${RAYZING_SCRIPT_ID}": the install tag needs that id. The widget did not start.`,
    )
    return undefined
  }
  const [botId, customerId] = (element.textContent ?? '').split(',').map((part) => part.trim())
  if (!botId || !customerId) {
    console.error(
      `[Rayzing emulator] #${RAYZING_SCRIPT_ID} must contain "BOT_ID,CUSTOMER_ID" as its text. The widget did not start.`,
    )
    return undefined
  }
  if (doc.getElementById(RAYZING_ROOT_ID)) throw new Error('bot element already exist')

  const session = new Session(win, {
    provider: 'rayzing',
    vendorName: 'Rayzing',
    rootId: RAYZING_ROOT_ID,
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
  session.mount()
  session.ready = true
  return session.controller
}
