import type { ChatraMessage } from '@chatmount/core'
import { drainEach } from './recorder'
import type { Placement } from './panel'
import { Session } from './session'
import { startWhen } from './start'
import type { BootEmulator } from './types'
import { callPage, isRecord, randomId } from './util'
import type { HostWindow } from './util'

/** The message object `ChatraSetup.onNewMessage` receives (seed). */
/** A message as Chatra's `onNewMessage` hands it over (chatmount's `ChatraMessage`). */
export type { ChatraMessage }

export type ChatraFunction = ((method: string, ...args: unknown[]) => void) & {
  q?: ArrayLike<unknown>[]
}

type ChatraWindow = HostWindow & {
  ChatraID?: unknown
  ChatraSetup?: unknown
  ChatraIntegration?: unknown
  Chatra?: ChatraFunction
}

const POSITIONS: Readonly<Record<string, Placement>> = {
  bl: { bottom: '20px', left: '20px' },
  bc: { bottom: '20px', left: '50%', transform: 'translateX(-50%)' },
  br: { bottom: '20px', right: '20px' },
  lt: { top: '20px', left: '20px' },
  lm: { top: '50%', left: '20px', transform: 'translateY(-50%)' },
  lb: { bottom: '20px', left: '20px' },
  rt: { top: '20px', right: '20px' },
  rm: { top: '50%', right: '20px', transform: 'translateY(-50%)' },
  rb: { bottom: '20px', right: '20px' },
}
const DEFAULT_POSITION: Placement = { bottom: '20px', right: '20px' }
const NUMBER_DEFAULTS = { buttonSize: 60, chatWidth: 380, chatHeight: 600, zIndex: 9999 }
const EXPANDED_HASH = '#chatraChatExpanded'

/** What the script stores (VENDORS.md); where localStorage throws it uses cookies, not emulated. */
const STORED = ['Chatra.clientId', 'Chatra.lastPageViewAt', 'Chatra.referrer']
/** Marks the live `Chatra` functions the script made, as opposed to the snippet's stub. */
const LIVE = '__chatraEmulatorLive'

/**
 * Emulates https://call.chatra.io/chatra.js as the seed documents it and as its real script
 * behaves (VENDORS.md, "What the real scripts do"):
 * - it takes `window.Chatra.q` from the stub, kills a Chatra already live in the page (a second
 *   load), and replaces `window.Chatra` with a new function at once;
 * - init reads ChatraID, ChatraSetup and ChatraIntegration, runs `ChatraSetup.onInit`, draws the
 *   widget, then replays the calls taken from the queue; `onRendered` follows once the frame has
 *   drawn, and `#chatra` gets the class `chatra--visible` when the button shows;
 * - `restart` is kill plus a fresh init: `window.Chatra` becomes a new function (a kept reference
 *   goes dead) and the queue taken at the first load is replayed again, every time;
 * - it adds a `<style>` (no id) to `<head>` with the widget;
 * - it stores `Chatra.clientId`, `Chatra.lastPageViewAt` and `Chatra.referrer` in localStorage.
 * Chatra has no ready event.
 */
export const bootChatra: BootEmulator = (win) => {
  const w = win as ChatraWindow
  const id = w.ChatraID
  if (typeof id !== 'string' || id === '') {
    console.error(
      '[Chatra emulator] window.ChatraID is missing: set it before adding the script. The widget did not start.',
    )
    return undefined
  }

  const session = new Session(win, {
    provider: 'chatra',
    vendorName: 'Chatra',
    rootId: 'chatra',
    accent: '#16a34a',
  })
  const { recorder } = session
  const mobile = /Mobi|Android|iPhone|iPad/i.test(win.navigator.userAgent)
  let killed = false
  let chat: 'none' | 'targeted' | 'started' = 'none'

  const readSetup = () => {
    session.settings = { id, ...(isRecord(w.ChatraSetup) ? w.ChatraSetup : {}) }
  }
  const setting = (name: string) => session.settings[name]
  const numberSetting = (name: keyof typeof NUMBER_DEFAULTS, min = 0): number => {
    const value = setting(name)
    return typeof value === 'number' && Number.isFinite(value)
      ? Math.max(min, value)
      : NUMBER_DEFAULTS[name]
  }

  /** Puts the settings on the page; called after every settings method. */
  const applySettings = () => {
    const panel = session.panel
    if (!panel) return
    if (setting('mode') !== 'frame') {
      const position = setting('buttonPosition')
      panel.place(POSITIONS[typeof position === 'string' ? position : ''] ?? DEFAULT_POSITION)
    }
    const size = `${numberSetting('buttonSize')}px`
    const tab = setting('buttonStyle') === 'tab'
    Object.assign(panel.launcher.style, {
      width: tab ? 'auto' : size,
      height: tab ? '36px' : size,
      padding: tab ? '0 16px' : '0',
      borderRadius: tab ? '8px 8px 0 0' : '50%',
    })
    panel.setSize(numberSetting('chatWidth', 280), numberSetting('chatHeight', 300))
    panel.root.style.zIndex = String(numberSetting('zIndex'))
    const colors = setting('colors')
    const color = (name: string) =>
      isRecord(colors) && typeof colors[name] === 'string' ? (colors[name] as string) : undefined
    panel.setColors({
      launcherBg: color('buttonBg'),
      launcherText: color('buttonText'),
      agentBubble: color('agentBubbleBg'),
      visitorBubble: color('clientBubbleBg'),
    })
    const language = setting('language')
    if (typeof language === 'string') panel.root.lang = language
    const placeholder = localeString(setting('locale'), ['chat', 'input', 'placeholder'], language)
    panel.setPlaceholder(placeholder ?? 'Type a message…')
  }

  /** Renders the widget from the current ChatraSetup: at start and on restart. */
  const startWidget = () => {
    readSetup()
    killed = false
    const container =
      setting('mode') === 'frame' ? resolveContainer(win.document, setting('injectTo')) : undefined
    // Frame mode is an always-expanded chat inside the page's element.
    session.open = container !== undefined
    if (session.open) session.unread = 0
    session.visible =
      setting('startHidden') !== true &&
      !(setting('mobileOnly') === true && !mobile) &&
      !(setting('disabledOnMobile') === true && mobile)
    session.launcherShown = typeof setting('customWidgetButton') !== 'string'
    session.mount(container)
    applySettings()
    if (win.location.hash === EXPANDED_HASH) session.setOpen(true)
  }

  const newMessage = (text: string, type: ChatraMessage['type']) => {
    const message: ChatraMessage = { id: randomId(17), createdAt: Date.now(), text, type }
    callPage('Chatra', setting('onNewMessage'), message)
  }
  const analytic = (name: string) => callPage('Chatra', setting('onAnalyticEvent'), name)

  session.hooks = {
    agentMessage: (text, kind) => {
      newMessage(text, 'agent')
      if (chat !== 'none') return
      chat = kind === 'automatic' ? 'targeted' : 'started'
      analytic(kind === 'automatic' ? 'Targeted chat shown' : 'Chat initiated by agent')
    },
    visitorMessage: (text) => {
      newMessage(text, 'client')
      if (chat === 'started') return
      analytic(
        chat === 'targeted' ? 'Targeted chat accepted by visitor' : 'Chat initiated by visitor',
      )
      chat = 'started'
    },
  }

  const settingsMethod = (name: string, min?: number) => (value: unknown) => {
    session.settings[name] =
      typeof value === 'number' && min !== undefined ? Math.max(min, value) : value
    applySettings()
  }
  const expand = (focus: unknown) => {
    session.setOpen(true)
    if (focus === true) session.panel?.input.focus()
  }

  const methods: Readonly<Record<string, (...args: unknown[]) => void>> = {
    sendAutoMessage: (text) => session.receive(String(text), 'automatic'),
    setButtonPosition: settingsMethod('buttonPosition'),
    // Back to the position chosen in the dashboard, which the emulator takes to be the default.
    resetButtonPosition: () => settingsMethod('buttonPosition')(undefined),
    setButtonSize: settingsMethod('buttonSize', 1),
    setChatWidth: settingsMethod('chatWidth', 280),
    setChatHeight: settingsMethod('chatHeight', 300),
    setZIndex: settingsMethod('zIndex'),
    setColors: settingsMethod('colors'),
    resetColors: () => settingsMethod('colors')(undefined),
    openChat: expand,
    expandWidget: expand,
    minimizeWidget: () => session.setOpen(false),
    hide: () => {
      session.setVisible(false)
      session.panel?.root.classList.remove('chatra--visible')
    },
    show: () => {
      session.setVisible(true)
      session.panel?.root.classList.add('chatra--visible')
    },
    pageView: () => {
      session.pageViews.push(session.currentPage())
    },
    setIntegrationData: (data) => {
      session.visitor = isRecord(data) ? { ...data } : {}
    },
    updateIntegrationData: (data) => {
      if (!isRecord(data)) return
      const next = { ...session.visitor }
      for (const [key, value] of Object.entries(data)) {
        if (value === null) delete next[key]
        else next[key] = value
      }
      session.visitor = next
    },
    setLocale: (modifier) => settingsMethod('locale')(deepMerge(setting('locale'), modifier)),
    setGroupId: settingsMethod('groupId'),
    restart: () => {
      kill()
      init()
    },
    kill: () => kill(),
  }
  const kill = () => {
    killed = true
    session.setOpen(false)
    session.setVisible(false)
    session.unmount()
  }

  /** One `window.Chatra`: each init makes a new one, and calls to an earlier one do nothing. */
  let live: ChatraFunction | undefined
  const makeChatra = (): ChatraFunction => {
    const chatra: ChatraFunction = (name, ...args) => {
      if (chatra !== live) return
      const method = String(name)
      recorder.enter(method, args)
      const run = methods[method]
      if (!run)
        console.warn(`[Chatra emulator] Chatra('${method}') is not a documented method; ignored.`)
      // After kill only restart brings Chatra back.
      else if (!killed || method === 'restart') run(...args)
    }
    Object.defineProperty(chatra, LIVE, { value: true })
    return chatra
  }

  session.listen(win, 'hashchange', () => {
    if (!killed && win.location.hash === EXPANDED_HASH) session.setOpen(true)
  })
  session.listen(win.document, 'click', (event) => {
    const selector = setting('customWidgetButton')
    if (killed || typeof selector !== 'string' || !(event.target instanceof w.Element)) return
    if (event.target.closest(selector)) session.setOpen(!session.open)
  })

  const style = win.document.createElement('style')
  style.textContent = '#chatra{position:fixed;z-index:9999}'
  style.dataset.emulator = 'chatra'
  session.onDestroy(() => style.remove())

  // Taken once, at the first load; a Chatra live from an earlier load (no queue) is killed.
  const stub = w.Chatra
  const queue = stub && Array.isArray(stub.q) ? [...stub.q] : []
  if (typeof stub === 'function' && LIVE in stub) stub('kill')

  const init = () => {
    w.Chatra = live = makeChatra()
    session.ready = true
    readSetup()
    callPage('Chatra', setting('onInit'))
    // Its styles, with no id, in the same run as the widget (unmarked in the real script; marked
    // here so that tests can count it: chatmount never looks).
    if (!style.isConnected) win.document.head.append(style)
    if (isRecord(w.ChatraIntegration))
      session.visitor = { ...session.visitor, ...w.ChatraIntegration }
    startWidget()
    for (const key of STORED) {
      const value =
        key === 'Chatra.clientId'
          ? String(setting('clientId') ?? win.localStorage.getItem(key) ?? randomId(17))
          : key === 'Chatra.referrer'
            ? win.document.referrer
            : String(Date.now())
      win.localStorage.setItem(key, value)
    }
    session.resume(win.localStorage.getItem('Chatra.clientId')!)
    // Replayed at the end of every init, the first and each restart's.
    // Each entry is the `arguments` object of one stub call: (methodName, ...args).
    const chatra = live
    drainEach(queue, 'Chatra', (entry) => {
      const [method, ...args] = Array.from(entry)
      chatra(String(method), ...args)
    })
    // The frame draws a moment later: then the button shows and onRendered runs.
    const drawn = win.setTimeout(() => {
      if (chatra !== live || killed) return
      if (session.visible) session.panel?.root.classList.add('chatra--visible')
      callPage('Chatra', setting('onRendered'))
    })
    session.onDestroy(() => win.clearTimeout(drawn))
  }
  // deferredLoading: start only after every other resource of the page has loaded.
  session.onDestroy(
    startWhen(
      win,
      isRecord(w.ChatraSetup) && w.ChatraSetup.deferredLoading === true ? 'load' : 'now',
      init,
    ),
  )
  return session.controller
}

/** `injectTo`: an element id, an element, or an array-like of elements (the first is used). */
function resolveContainer(doc: Document, injectTo: unknown): Element | undefined {
  if (typeof injectTo === 'string') return doc.getElementById(injectTo) ?? undefined
  const view = doc.defaultView as HostWindow | null
  if (view && injectTo instanceof view.Element) return injectTo
  if (typeof injectTo === 'object' && injectTo !== null && 'length' in injectTo) {
    const first = (injectTo as ArrayLike<unknown>)[0]
    if (view && first instanceof view.Element) return first
  }
  return undefined
}

/** A locale string may be plain or per language (`{ en: '…', fr: '…' }`). */
function localeString(
  locale: unknown,
  path: readonly string[],
  language: unknown,
): string | undefined {
  let node: unknown = locale
  for (const key of path) node = isRecord(node) ? node[key] : undefined
  if (typeof node === 'string') return node
  if (!isRecord(node)) return undefined
  const localized = node[typeof language === 'string' ? language : 'en'] ?? Object.values(node)[0]
  return typeof localized === 'string' ? localized : undefined
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isRecord(base) || !isRecord(patch)) return patch
  const merged: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value)
  return merged
}
