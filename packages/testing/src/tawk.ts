import { Session } from './session'
import type { BootEmulator } from './types'
import { callPage, isRecord, randomId } from './util'

type TawkWindow = Window & { Tawk_API?: Record<string, unknown>; $_Tawk?: unknown }

/** From the script's run to `onLoad`: the embed fetches its widget and connects first. */
const LOADED_DELAY = 300

/** `/<property id>/<widget id>` of the embed's address. */
function embedIds(src: string | null | undefined) {
  try {
    const [propertyId, widgetId] = new URL(src ?? '', 'https://embed.tawk.to/').pathname
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent)
    return { propertyId, widgetId }
  } catch {
    return {}
  }
}

/**
 * Emulates https://embed.tawk.to/<property id>/<widget id> as Tawk.to's JavaScript API documents it
 * (https://developer.tawk.to/jsapi/):
 * - it takes the page's `Tawk_API` (`visitor`, `autoStart`, `customStyle` and the callbacks set on
 *   it, before or after) and adds the API's methods to it;
 * - each callback is one property of `Tawk_API`, called when its event happens: `onBeforeLoad`, then
 *   `onLoad` once the widget is rendered (about 300 ms after the script runs, `onLoaded` true),
 *   `onChatMaximized`/`onChatMinimized`, `onChatHidden`, `onChatStarted` at the visitor's first
 *   message, `onChatMessageAgent`/`onChatMessageVisitor` (the text), `onUnreadCountChanged`,
 *   `onStatusChange`;
 * - `autoStart: false` renders and connects nothing until `start()`; `shutdown()` disconnects and
 *   hides it;
 * - it writes its visitor cookie `tawk_uuid_<property id>` and `TawkConnectionTime`.
 * Before `onLoad` its methods do nothing: the widget is not there yet.
 */
export const bootTawk: BootEmulator = (win, script, { neverReady } = {}) => {
  const w = win as TawkWindow
  const api = (w.Tawk_API = isRecord(w.Tawk_API) ? w.Tawk_API : {})
  const session = new Session(win, {
    provider: 'tawk',
    vendorName: 'Tawk.to',
    rootId: `tawk-${randomId(8)}`,
    accent: '#03a84e',
  })
  const { recorder } = session
  session.settings = { ...embedIds(script?.getAttribute('src')), attributes: {}, tags: [] }
  session.visitor = isRecord(api.visitor) ? { ...api.visitor } : {}
  const fire = (name: string, payload?: unknown) => callPage('Tawk.to', api[name], payload)
  let lastUnread = 0
  const unreadChanged = () => {
    if (session.unread === lastUnread) return
    lastUnread = session.unread
    fire('onUnreadCountChanged', session.unread)
  }

  session.hooks = {
    openChanged: (open) => fire(open ? 'onChatMaximized' : 'onChatMinimized'),
    agentMessage: (text) => fire('onChatMessageAgent', text),
    visitorMessage: (text, first) => {
      if (first) fire('onChatStarted')
      fire('onChatMessageVisitor', text)
    },
    onlineChanged: (online) => fire('onStatusChange', online ? 'online' : 'offline'),
    changed: unreadChanged,
  }

  let started = false
  const method =
    (name: string, run: (...args: any[]) => unknown, before: unknown = undefined) =>
    (...args: unknown[]) => {
      recorder.enter(name, args)
      return api.onLoaded ? run(...args) : before
    }
  const answer = (callback: unknown, error?: string) => callPage('Tawk.to', callback, error)
  const methods: Record<string, (...args: any[]) => unknown> = {
    maximize: () => session.setOpen(true),
    minimize: () => session.setOpen(false),
    toggle: () => session.setOpen(!session.open),
    popup: () => session.setOpen(true),
    showWidget: () => session.setVisible(true),
    hideWidget: () => {
      session.setVisible(false)
      fire('onChatHidden')
    },
    toggleVisibility: () => methods[session.visible ? 'hideWidget' : 'showWidget']!(),
    endChat: () => fire('onChatEnded'),
    getStatus: () => (session.online ? 'online' : 'offline'),
    getWindowType: () => 'inline',
    isChatMaximized: () => session.open,
    isChatMinimized: () => !session.open,
    isChatHidden: () => !session.visible,
    isChatOngoing: () => session.messages.length > 0,
    isVisitorEngaged: () => session.messages.some((message) => message.from === 'visitor'),
    widgetPosition: () => 'br',
    setAttributes: (attributes: unknown, callback: unknown) => {
      if (!isRecord(attributes)) return answer(callback, 'INVALID_ATTRIBUTES')
      const { name, email, hash, ...rest } = attributes
      session.visitor = {
        ...session.visitor,
        ...(name !== undefined && { name }),
        ...(email !== undefined && { email }),
        ...(hash !== undefined && { hash }),
      }
      session.settings.attributes = { ...(session.settings.attributes as object), ...rest }
      answer(callback)
    },
    addEvent: (_name: unknown, _metadata: unknown, callback: unknown) => answer(callback),
    addTags: (tags: unknown, callback: unknown) => {
      session.settings.tags = [
        ...(session.settings.tags as unknown[]),
        ...(Array.isArray(tags) ? tags : []),
      ]
      answer(callback)
    },
    removeTags: (tags: unknown, callback: unknown) => {
      session.settings.tags = (session.settings.tags as unknown[]).filter(
        (tag) => !(Array.isArray(tags) && tags.includes(tag)),
      )
      answer(callback)
    },
    login: (user: unknown, callback: unknown) => {
      if (!isRecord(user) || !user.userId || !user.hash) return answer(callback, 'INVALID_USER')
      session.visitor = { ...user }
      answer(callback)
    },
    logout: (callback: unknown) => {
      session.visitor = {}
      session.messages.splice(0)
      session.mount()
      answer(callback)
    },
    shutdown: () => {
      session.unmount()
      started = false
    },
  }
  for (const [name, run] of Object.entries(methods)) api[name] = method(name, run)
  // `start` works before the widget is there: it is what brings it with `autoStart: false`.
  api.start = (options?: unknown) => {
    recorder.enter('start', [options])
    start(!isRecord(options) || options.showWidget !== false)
  }
  w.$_Tawk = { propertyId: session.settings.propertyId }

  const doc = win.document
  const start = (show: boolean) => {
    if (started) return
    started = true
    fire('onBeforeLoad')
    const root = session.mount().root
    root.classList.add('widget-visible')
    const frame = doc.createElement('iframe')
    frame.title = 'chat widget'
    root.append(frame)
    session.setVisible(show)
    doc.cookie = `tawk_uuid_${String(session.settings.propertyId)}=${randomId(24)}; path=/`
    doc.cookie = `TawkConnectionTime=0; path=/`
    if (neverReady) return
    const loaded = win.setTimeout(() => {
      session.ready = true
      api.onLoaded = true
      fire('onLoad')
    }, LOADED_DELAY)
    session.onDestroy(() => win.clearTimeout(loaded))
  }
  if (api.autoStart !== false) start(true)
  return session.controller
}
