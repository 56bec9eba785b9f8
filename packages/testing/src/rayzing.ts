import { Session } from './session'
import type { BootEmulator } from './types'

export const RAYZING_SCRIPT_ID = 'rayzing-messenger-widget'
export const RAYZING_ROOT_ID = 'rayzing-widget-root'

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
    console.error(`[Rayzing emulator] no element with id "${RAYZING_SCRIPT_ID}": the install tag needs that id. The widget did not start.`)
    return undefined
  }
  const [botId, customerId] = (element.textContent ?? '').split(',').map((part) => part.trim())
  if (!botId || !customerId) {
    console.error(`[Rayzing emulator] #${RAYZING_SCRIPT_ID} must contain "BOT_ID,CUSTOMER_ID" as its text. The widget did not start.`)
    return undefined
  }
  if (doc.getElementById(RAYZING_ROOT_ID)) throw new Error('bot element already exist')

  const session = new Session(win, { provider: 'rayzing', vendorName: 'Rayzing', rootId: RAYZING_ROOT_ID, accent: '#db2777' })
  session.settings = { botId, customerId, pageUrl: `https://page.rayzing.ai/${encodeURIComponent(botId)}/${encodeURIComponent(customerId)}` }
  session.mount()
  session.ready = true
  return session.controller
}
