import { drainEach } from './recorder'
import { Session } from './session'
import type { BootEmulator } from './types'
import { callPage, isRecord } from './util'

/** `window.onWebChat_`, the object the real script creates; the page talks to it through the stub. */
export interface OnWebChatApi {
  set(key: string, value: unknown): void
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

/**
 * Emulates https://www.onwebchat.com/clientchat/<chat id>: creates `window.onWebChat_`, applies the
 * `[key, value]` pairs the stub queued in `onWebChat.ar` in order, then calls `onWebChatLoaded`.
 */
export const bootOnWebChat: BootEmulator = (win, script, { neverReady } = {}) => {
  const w = win as OnWebChatWindow
  const session = new Session(win, {
    provider: 'onwebchat',
    vendorName: 'onWebChat',
    rootId: 'onwebchat_container',
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

  session.mount()
  w.onWebChat_ = { set, get }
  const stub = w.onWebChat
  const queued = isRecord(stub) && Array.isArray(stub.ar) ? stub.ar.splice(0) : []
  drainEach(queued, 'onWebChat', (pair) => {
    if (Array.isArray(pair)) set(String(pair[0]), pair[1])
  })
  if (neverReady) return session.controller
  session.ready = true
  fire('onWebChatLoaded')
  return session.controller
}
