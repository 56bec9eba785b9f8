import type { OnWebChatApi as CoreOnWebChatApi } from '@chatmount/core'
import { drainEach } from './recorder'
import { Session } from './session'
import type { BootEmulator } from './types'
import { callPage, isRecord, randomId } from './util'

/**
 * `window.onWebChat_`, the object the real script creates; the page talks to it through the stub.
 * `set` is chatmount's typed surface for onWebChat; `get` reads any key.
 */
export type OnWebChatApi = Pick<CoreOnWebChatApi['methods'], 'set'> & {
  get(key: string): unknown
}

type OnWebChatWindow = Window & {
  onWebChat?: { ar?: unknown[] } & Partial<OnWebChatApi>
  onWebChat_?: OnWebChatApi
}

const VISITOR_KEYS = ['name', 'email', 'phone', 'notes']
const CALLBACKS = [
  'onClick',
  'onMaximize',
  'onMinimize',
  'onTrigger',
  'onStartWriting',
  'onWebChatLoaded',
]
// The seed spells it `onMinimized` once and `onMinimize` once; both are accepted, one is kept.
const ALIASES: Readonly<Record<string, string>> = { onMinimized: 'onMinimize' }

/** The chat id is the path segment after /clientchat/ (some installs add segments after it). */
export function onWebChatIdFromUrl(src: string | null | undefined): string | null {
  if (!src) return null
  try {
    const match = /^\/clientchat\/([^/]+)/.exec(new URL(src, 'https://www.onwebchat.com/').pathname)
    return match?.[1] ? decodeURIComponent(match[1]) : null
  } catch {
    return null
  }
}

/** From the UI built to `onWebChatLoaded`: the real script starts its socket first. */
const LOADED_DELAY = 500
/** The cookies the real script writes (VENDORS.md); the values are the emulator's own. */
const COOKIES = [
  'onwbchtclientid',
  'onwbchtsessionrandom',
  'onwbchttimesVisited',
  'onwbchtlastvisit',
]

/**
 * Emulates https://www.onwebchat.com/clientchat/<chat id> as its documentation and its real script
 * behave (VENDORS.md, "What the real scripts do"):
 * - `var onWebChat_ = onWebChat_ || …`: while `window.onWebChat_` exists, another copy does nothing;
 * - it reads `onWebChat.ar` once, as it runs, applying the pairs in order as the settings of the UI
 *   it then builds (a queued `max` or `show` calls no callback);
 * - it builds its UI (a `<style>`, `audio#onwebchataudio`, `div.onwebchatbox#onwbchat_window`,
 *   `div#onweb_chatimage_div`; no iframe) only if no `.onwebchatbox` is in the page;
 * - `onWebChatLoaded` fires once, about 500 ms after the UI (the socket connects first): a callback
 *   set later is never called;
 * - inside an iframe (`window.self !== window.top`) nothing renders and nothing is called back;
 * - it writes its `onwbcht*` cookies.
 */
export const bootOnWebChat: BootEmulator = (win, script, { neverReady } = {}) => {
  const w = win as OnWebChatWindow
  if (w.onWebChat_) return undefined
  const session = new Session(win, {
    provider: 'onwebchat',
    vendorName: 'onWebChat',
    rootId: 'onwbchat_window',
    accent: '#ea580c',
  })
  const { recorder } = session
  session.settings = { chatId: onWebChatIdFromUrl(script?.getAttribute('src')), language: 'l1' }
  const callbacks = new Map<string, unknown>()
  const extra = new Map<string, unknown>()
  const fire = (name: string) => callPage('onWebChat', callbacks.get(name))

  session.hooks = {
    launcherClicked: () => fire('onClick'),
    openChanged: (open) => fire(open ? 'onMaximize' : 'onMinimize'),
    startWriting: () => fire('onStartWriting'),
    agentMessage: (_text, kind) => {
      if (kind === 'automatic') fire('onTrigger')
    },
  }

  const flag = (value: unknown) =>
    value === 1 || value === '1' ? true : value === 0 || value === '0' ? false : undefined

  let building = false
  const set = (rawKey: string, value: unknown): void => {
    recorder.enter('set', [rawKey, value])
    const key = ALIASES[rawKey] ?? rawKey
    if (VISITOR_KEYS.includes(key)) session.visitor = { ...session.visitor, [key]: value }
    else if (CALLBACKS.includes(key)) callbacks.set(key, value)
    else if (key === 'language') {
      if (value === 'l1' || value === 'l2') {
        session.settings.language = value
        session.panel?.root.setAttribute('data-language', value)
      } else
        console.warn(`[onWebChat emulator] language must be 'l1' or 'l2', got ${String(value)}`)
    } else if (key === 'max' || key === 'show') {
      const on = flag(value)
      if (on === undefined)
        console.warn(`[onWebChat emulator] ${key} must be 0 or 1, got ${String(value)}`)
      // Pairs read from the queue set up the UI it is about to build: no callback for those.
      else if (building) session[key === 'max' ? 'open' : 'visible'] = on
      else if (key === 'max') session.setOpen(on)
      else session.setVisible(on)
    } else if (key === 'status') console.warn('[onWebChat emulator] status is read-only')
    else extra.set(key, value)
  }

  const get = (rawKey: string): unknown => {
    recorder.enter('get', [rawKey])
    const key = ALIASES[rawKey] ?? rawKey
    if (key === 'status') return session.online ? 'online' : 'offline'
    if (key === 'max') return session.open ? 1 : 0
    if (key === 'show') return session.visible ? 1 : 0
    if (key === 'language') return session.settings.language
    if (VISITOR_KEYS.includes(key)) return session.visitor[key]
    if (CALLBACKS.includes(key)) return callbacks.get(key)
    return extra.get(key)
  }

  w.onWebChat_ = { set, get }
  const stub = w.onWebChat
  const queued = isRecord(stub) && Array.isArray(stub.ar) ? stub.ar.splice(0) : []
  building = true
  drainEach(queued, 'onWebChat', (pair) => {
    if (Array.isArray(pair)) set(String(pair[0]), pair[1])
  })
  building = false
  const doc = win.document
  if (win.self !== win.top || doc.querySelector('.onwebchatbox')) return session.controller

  const style = doc.createElement('style')
  style.textContent = '.onwebchatbox{font:14px sans-serif}'
  // Unmarked in the real script; marked here so that tests can count it (chatmount never looks).
  style.dataset.emulator = 'onwebchat'
  const audio = doc.createElement('audio')
  audio.id = 'onwebchataudio'
  const image = doc.createElement('div')
  image.id = 'onweb_chatimage_div'
  doc.head.append(style)
  session.mount().root.classList.add('onwebchatbox')
  doc.body.append(audio, image)
  session.onDestroy(() => {
    style.remove()
    audio.remove()
    image.remove()
  })
  for (const name of COOKIES) doc.cookie = `${name}=${randomId(12)}; path=/`
  if (neverReady) return session.controller
  const loaded = win.setTimeout(() => {
    session.ready = true
    fire('onWebChatLoaded')
  }, LOADED_DELAY)
  session.onDestroy(() => win.clearTimeout(loaded))
  return session.controller
}
