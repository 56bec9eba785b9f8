import { drainEach } from './recorder'
import { Session } from './session'
import type { BootEmulator } from './types'
import { callPage, isRecord, randomId } from './util'

/** `window.$crisp` once its script has run (before, the page's array of commands). */
export interface CrispObject {
  push(...commands: unknown[][]): void
  is(state: string): boolean
  get(key: string, ...args: unknown[]): unknown
}

type CrispWindow = Window & {
  $crisp?: unknown
  CRISP_WEBSITE_ID?: unknown
  CRISP_TOKEN_ID?: unknown
  CRISP_RUNTIME_CONFIG?: unknown
}

/** From the script's run to `session:loaded`: its loader fetches the chatbox and connects first. */
const LOADED_DELAY = 300

/**
 * Emulates https://client.crisp.chat/l.js as Crisp's `$crisp` SDK documents it
 * (https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/):
 * - it reads `CRISP_WEBSITE_ID` (nothing starts without it), `CRISP_TOKEN_ID` and
 *   `CRISP_RUNTIME_CONFIG.locale`, and writes its session and socket cookies;
 * - `window.$crisp`, the page's array, becomes an object: the commands queued in it run in order,
 *   and `push` runs each later command at once; `is` and `get` answer;
 * - events bound with `["on", event, fn]` (several per event), unbound with `["off", event]` (all);
 *   `session:loaded` fires once the chatbox is there (about 300 ms after the script runs);
 * - once it has run, a second copy of the script does nothing (its SDK checks `$crisp.is`).
 * The real loader fetches a second script (client.js) for the chatbox; here one script does both.
 */
export const bootCrisp: BootEmulator = (win, _script, { neverReady } = {}) => {
  const w = win as CrispWindow
  if (isRecord(w.$crisp) && typeof w.$crisp.is === 'function') return undefined
  const websiteId = w.CRISP_WEBSITE_ID
  if (typeof websiteId !== 'string' || !websiteId) {
    console.error('[Crisp emulator] CRISP_WEBSITE_ID is not set: the chatbox does not start')
    return undefined
  }
  const session = new Session(win, {
    provider: 'crisp',
    vendorName: 'Crisp',
    rootId: 'crisp-chatbox',
    accent: '#1972f5',
  })
  const { recorder } = session
  const runtime = isRecord(w.CRISP_RUNTIME_CONFIG) ? w.CRISP_RUNTIME_CONFIG : {}
  session.settings = {
    websiteId,
    locale: runtime.locale,
    tokenId: w.CRISP_TOKEN_ID,
    sessionId: `session_${randomId(24)}`,
    data: {} as Record<string, unknown>,
  }
  const handlers = new Map<string, unknown[]>()
  const fire = (event: string, payload?: unknown) =>
    [...(handlers.get(event) ?? [])].forEach((handler) => callPage('Crisp', handler, payload))
  const message = (from: 'operator' | 'user', content: string) => ({
    type: 'text',
    content,
    from,
    origin: 'chat',
    fingerprint: Date.now(),
  })

  session.hooks = {
    openChanged: (open) => fire(open ? 'chat:opened' : 'chat:closed'),
    agentMessage: (text) => fire('message:received', message('operator', text)),
    visitorMessage: (text, first) => {
      fire('message:sent', message('user', text))
      if (first) fire('chat:initiated')
    },
    onlineChanged: (online) => fire('website:availability:changed', online),
  }

  const actions: Record<string, (args: unknown[]) => void> = {
    'chat:open': () => session.setOpen(true),
    'chat:close': () => session.setOpen(false),
    'chat:toggle': () => session.setOpen(!session.open),
    'chat:show': () => session.setVisible(true),
    'chat:hide': () => session.setVisible(false),
    'session:reset': () => {
      // A new session: the visitor, their data and the conversation go; `CRISP_TOKEN_ID` is read again.
      session.visitor = {}
      session.settings.data = {}
      session.settings.tokenId = w.CRISP_TOKEN_ID
      session.settings.sessionId = `session_${randomId(24)}`
      session.messages.splice(0)
      session.mount()
    },
  }
  const fields: Record<string, string> = {
    'user:email': 'email',
    'user:nickname': 'name',
    'user:phone': 'phone',
    'user:avatar': 'avatar',
  }

  const run = (command: unknown): void => {
    if (!Array.isArray(command)) {
      console.warn('[Crisp emulator] a command is an array, got', command)
      return
    }
    const [type, name, args] = command as [string, unknown, unknown]
    recorder.enter(type, command.slice(1))
    if (type === 'on' && typeof name === 'string') {
      handlers.set(name, [...(handlers.get(name) ?? []), args])
      // Bound after it happened, `session:loaded` still tells (its SDK relies on it).
      if (name === 'session:loaded' && session.ready)
        callPage('Crisp', args, session.settings.sessionId)
    } else if (type === 'off' && typeof name === 'string') handlers.delete(name)
    else if (type === 'do' && typeof name === 'string' && actions[name])
      actions[name](Array.isArray(args) ? args : [])
    else if (type === 'set' && typeof name === 'string' && Array.isArray(args)) {
      if (fields[name]) {
        session.visitor = { ...session.visitor, [fields[name]]: args[0] }
        if (name === 'user:email' && args[1])
          session.visitor = { ...session.visitor, signature: args[1] }
      } else if (name === 'session:data')
        for (const [key, value] of Array.isArray(args[0]) ? (args[0] as unknown[][]) : [])
          (session.settings.data as Record<string, unknown>)[String(key)] = value
      else session.settings[name] = args
    } else if (type === 'safe' || type === 'config') session.settings[type] = command.slice(1)
    else console.warn(`[Crisp emulator] unknown command ${JSON.stringify(command.slice(0, 2))}`)
  }

  const states: Record<string, () => boolean> = {
    'chat:opened': () => session.open,
    'chat:closed': () => !session.open,
    'chat:visible': () => session.visible,
    'chat:hidden': () => !session.visible,
    'session:ongoing': () => session.messages.length > 0,
    'website:available': () => session.online,
  }
  const values: Record<string, (args: unknown[]) => unknown> = {
    'chat:unread:count': () => session.unread,
    'session:identifier': () => session.settings.sessionId,
    'session:data': ([key]) => {
      const data = session.settings.data as Record<string, unknown>
      return key === undefined ? data : data[String(key)]
    },
    'user:email': () => session.visitor.email,
    'user:nickname': () => session.visitor.name,
    'user:phone': () => session.visitor.phone,
    'message:text': () => session.panel?.input.value ?? '',
  }

  const queued = Array.isArray(w.$crisp) ? (w.$crisp as unknown[]).splice(0) : []
  const crisp: CrispObject = {
    push: (...commands) => drainEach(commands, 'Crisp', run),
    is(state) {
      recorder.enter('is', [state])
      return states[state]?.() ?? false
    },
    get(key, ...args) {
      recorder.enter('get', [key, ...args])
      return values[key]?.(args)
    },
  }
  w.$crisp = crisp
  drainEach(queued, 'Crisp', run)

  session.mount().root.classList.add('crisp-client')
  const doc = win.document
  for (const kind of ['session', 'socket'])
    doc.cookie = `${encodeURIComponent(`crisp-client/${kind}/${websiteId}`)}=${randomId(16)}; path=/`
  if (neverReady) return session.controller
  const loaded = win.setTimeout(() => {
    session.ready = true
    fire('session:loaded', session.settings.sessionId)
  }, LOADED_DELAY)
  session.onDestroy(() => win.clearTimeout(loaded))
  return session.controller
}
