import type { ChaportTrigger, ChaportWidgetState } from '@chatmount/core'
import { chaportMainFile } from './files'
import { drainEach } from './recorder'
import { Session } from './session'
import { startWhen } from './start'
import type { StartWhen } from './start'
import type { BootEmulator } from './types'
import { callPage, isRecord, randomId } from './util'

/** Chatmount's types for Chaport: the emulator's triggers always carry an id. */
export type { ChaportTrigger, ChaportWidgetState }
type Trigger = Required<ChaportTrigger>

/** `window.chaport`: the install snippet's stub, which the emulator completes in place. */
export interface ChaportObject {
  _q?: ArrayLike<unknown>[]
  _l?: Record<string, unknown[]>
  q?: (method: string, args?: unknown) => unknown
  on?: (event: string, listener: (payload: unknown) => void) => void
  [method: string]: unknown
}

type ChaportWindow = Window & { chaportConfig?: unknown; chaport?: ChaportObject }

const PROTECTED_FIELDS = ['name', 'email', 'phone', 'notes']
const HEX = '0123456789abcdef'

/**
 * Emulates https://app.chaport.com/javascripts/insert.js, which is only a bootstrapper (VENDORS.md,
 * "What the real scripts do"): it appends the main bundle's script to `<body>`, and nothing guards a
 * second load (a second insert.js runs a second main bundle). The `'never-ready'` fault it was run
 * with goes to that main bundle.
 */
export const bootChaportInsert: BootEmulator = (win, script, { neverReady } = {}) => {
  const doc = win.document
  const main = doc.createElement('script')
  main.async = true
  // The real main bundle comes from app.chaport.com or assets.chaport.com; this one sits beside it.
  main.src = new URL(chaportMainFile, script?.src || doc.baseURI).href
  // The two stages are two files in a browser: the fault travels on the element.
  if (neverReady) main.setAttribute('data-emulator-fault', 'never-ready')
  doc.body.append(main)
  return undefined
}

/**
 * The main bundle, `chaport-main.js` here (not public: what it does is what the seed documents).
 * Its script element removes itself once loaded, as the real one's does; with the install
 * snippet's stub gone (the page took Chaport out) it has nothing to attach to and does nothing.
 */
export const bootChaportMain: BootEmulator = (win, script, options = {}) => {
  script?.remove()
  if (!(win as ChaportWindow).chaport && !(win as ChaportWindow).chaportConfig) return undefined
  const neverReady =
    options.neverReady || script?.getAttribute('data-emulator-fault') === 'never-ready'
  return bootChaport(win, script, { neverReady })
}

/**
 * The vendor itself, as the main bundle runs it: reads `chaportConfig`, completes the
 * `window.chaport` stub in place (same object), registers listeners queued in `_l`, runs the
 * commands queued in `_q`, then fires `ready` with `{ visitorId }`.
 *
 * Event payloads: `ready` and `chat.started` get `{ visitorId }` (the seed's logged-in-users chapter
 * reads `data.visitorId` from both); `chat.onlineChange` gets a boolean; `chat.autoInvitation` gets
 * the trigger `{ id, message }`; `widget.stateChange` gets `{ state }`. The seed only says the
 * states are the values getWidgetState returns, so the emulator passes an object like every other
 * Chaport event does, keeping the state under `state`.
 */
export const bootChaport: BootEmulator = (win, _script, { neverReady } = {}) => {
  const w = win as ChaportWindow
  const config = w.chaportConfig
  if (!isRecord(config) || typeof config.appId !== 'string' || config.appId === '') {
    console.error(
      '[Chaport emulator] window.chaportConfig.appId is missing: set it before adding the script. The widget did not start.',
    )
    return undefined
  }

  const appearance = isRecord(config.appearance) ? config.appearance : {}
  const windowColor =
    typeof appearance.windowColor === 'string' && appearance.windowColor.startsWith('#')
      ? appearance.windowColor
      : undefined
  const session = new Session(win, {
    provider: 'chaport',
    vendorName: 'Chaport',
    rootId: 'chaport-container',
    accent: windowColor ?? '#7c3aed',
  })
  const { recorder } = session
  session.settings = { ...config }
  session.visitor = isRecord(config.visitor) ? { ...config.visitor } : {}
  const sessionConfig = isRecord(config.session) ? config.session : {}
  const configUser = isRecord(sessionConfig.user) ? sessionConfig.user : {}
  let visitorId = typeof configUser.visitorId === 'string' ? configUser.visitorId : undefined
  let readyFired = false
  let chatStarted = false
  let activeTrigger: Trigger | null = null
  let invitationShown = false
  const knownTriggers = new Map<string, Trigger>()
  const triggers = triggerSwitch(config.triggers)

  const chaport: ChaportObject = w.chaport ?? (w.chaport = {})
  const listeners: Record<string, unknown[]> = isRecord(chaport._l)
    ? (chaport._l as Record<string, unknown[]>)
    : (chaport._l = {})
  const emit = (event: string, payload: unknown) => {
    for (const listener of [...(listeners[event] ?? [])]) callPage('Chaport', listener, payload)
  }

  const widgetState = (): ChaportWidgetState =>
    session.open
      ? 'expanded'
      : invitationShown
        ? 'semiExpanded'
        : session.unread > 0
          ? 'unreadMessage'
          : 'collapsed'
  let lastState = widgetState()

  const showTrigger = (trigger: Trigger) => {
    const isNew = !knownTriggers.has(trigger.id)
    knownTriggers.set(trigger.id, trigger)
    activeTrigger = trigger
    invitationShown = !session.open
    // Seed: it does not fire again when the same auto-invitation re-appears.
    if (isNew) emit('chat.autoInvitation', trigger)
    session.receive(trigger.message, 'automatic')
  }

  const startSession = (credentials?: unknown, callback?: unknown) => {
    if (isRecord(credentials) && typeof credentials.id === 'string') visitorId = credentials.id
    visitorId ??= randomId(24, HEX)
    // Seed: `ready` fires after the session has started.
    if (!readyFired && !neverReady) {
      readyFired = true
      session.ready = true
      emit('ready', { visitorId })
    }
    callPage('Chaport', callback)
  }

  session.hooks = {
    openChanged: (open) => {
      if (open) invitationShown = false
    },
    visitorMessage: () => {
      if (chatStarted) return
      chatStarted = true
      emit('chat.started', { visitorId })
    },
    onlineChanged: (online) => emit('chat.onlineChange', online),
    trigger: (text) => {
      const trigger = { id: randomId(24, HEX), message: text }
      if (triggers.enabled(trigger.id)) showTrigger(trigger)
    },
    changed: () => {
      const state = widgetState()
      if (state === lastState) return
      lastState = state
      emit('widget.stateChange', { state })
    },
  }

  const methods: Record<string, (...args: unknown[]) => unknown> = {
    close: () => {
      invitationShown = false
      session.setOpen(false)
      session.hooks.changed?.()
    },
    compare,
    disableTriggers: (...ids) => triggers.set(false, ids.flat()),
    enableTriggers: (...ids) => triggers.set(true, ids.flat()),
    getActiveTrigger: () => (chatStarted ? null : activeTrigger),
    getParameterValue: (name) => parameterValue(String(name)),
    getTriggerById: (id) => knownTriggers.get(String(id)) ?? null,
    getWidgetState: widgetState,
    hideLauncher: () => session.setLauncherShown(false),
    isOnline: (callback) => callPage('Chaport', callback, session.online),
    newPageView: (page) => {
      session.pageViews.push(isRecord(page) ? pageOf(page) : session.currentPage())
    },
    open: () => session.setOpen(true),
    openIn: (target) => {
      session.settings.openIn = target
      session.setOpen(true)
    },
    showLauncher: () => session.setLauncherShown(true),
    setActiveTrigger: (trigger) => {
      if (!isRecord(trigger)) return
      const id = typeof trigger.id === 'string' ? trigger.id : randomId(24, HEX)
      showTrigger({ ...trigger, id, message: String(trigger.message ?? '') })
    },
    setAssignmentRules: (assignments) => {
      session.settings.assignments = assignments
    },
    setVisitorData: (data, hash) => {
      if (isRecord(data))
        session.visitor = mergeVisitor(
          session.visitor,
          data,
          typeof hash === 'string' && hash !== '',
        )
    },
    startSession,
    stopSession: (clearCredentials, callback) => {
      if (clearCredentials === true) visitorId = undefined
      // The next session's first message starts a chat of its own.
      chatStarted = false
      callPage('Chaport', callback)
    },
    toggle: () => {
      if (session.open) methods.close?.()
      else session.setOpen(true)
    },
    updatePosition: (position, callback) => {
      placeAt(position)
      callPage('Chaport', callback)
    },
    on: (event, listener) => {
      if (typeof listener !== 'function') return
      ;(listeners[String(event)] ??= []).push(listener)
    },
  }

  const placeAt = (position: unknown) => {
    if (!Array.isArray(position)) return
    session.settings.position = position
    const [side, x, y] = position as [unknown, unknown, unknown]
    const px = (value: unknown) => `${typeof value === 'number' ? value : 20}px`
    session.panel?.place(
      side === 'left' ? { left: px(x), bottom: px(y) } : { right: px(x), bottom: px(y) },
    )
  }

  const parameterValue = (name: string): unknown => {
    const url = new URL(win.location.href)
    if (name === 'page_url') return url.href
    if (name === 'referrer_url') return win.document.referrer
    if (name === 'language') return win.navigator.language.slice(0, 2)
    if (name === 'message_text')
      return session.messages.find((message) => message.from === 'visitor')?.text
    if (name.startsWith('utm_')) return url.searchParams.get(name) ?? undefined
    return undefined // country needs the vendor's server
  }

  // Every direct method records itself, so the command queue and direct calls count the same.
  const api: Record<string, (...args: unknown[]) => unknown> = {}
  for (const [name, run] of Object.entries(methods)) {
    api[name] = (...args) => {
      recorder.enter(name, args)
      return run(...args)
    }
  }
  // The command queue: `q(name, argsArray)`; the seed also passes a bare object (startSession).
  const q = (name: unknown, args?: unknown): unknown => {
    const method = String(name)
    const list = Array.isArray(args) ? args : args === undefined ? [] : [args]
    const run = api[method]
    if (run) return run(...list)
    recorder.enter(method, list)
    console.warn(`[Chaport emulator] chaport.q('${method}') is not a documented method; ignored.`)
    return undefined
  }

  const init = () => {
    Object.assign(chaport, api, { q })
    // Listeners the stub collected in `_l` stay there (it is the listener store); record them as calls.
    for (const [event, queued] of Object.entries(listeners)) {
      drainEach([...queued], 'Chaport', (listener) => recorder.enter('on', [event, listener]))
    }
    const queue = Array.isArray(chaport._q) ? chaport._q.splice(0) : []
    drainEach(queue, 'Chaport', (entry) => {
      const [name, args] = Array.from(entry)
      q(name, args)
    })
    if (sessionConfig.autoStart !== false) startSession()
  }

  const panel = session.mount()
  // Its button as sites show it (VENDORS.md, Chaport: `.chaport-launcher`).
  panel.launcher.classList.add('chaport-launcher')
  const language = isRecord(config.language) ? config.language.use : undefined
  if (typeof language === 'string') panel.root.lang = language
  placeAt(appearance.position)
  if (isRecord(config.launcher) && config.launcher.show === false) session.setLauncherShown(false)
  session.onDestroy(startWhen(win, initTiming(config.init, win), init))
  return session.controller
}

/** Seed `init`: wait for an event (on `eventTarget`, default window) and/or at most `maxDelay` ms. */
function initTiming(init: unknown, win: Window): StartWhen {
  if (!isRecord(init)) return 'now'
  const target = init.eventTarget
  return {
    event: typeof init.event === 'string' ? init.event : undefined,
    target:
      isRecord(target) && typeof target.addEventListener === 'function'
        ? (target as unknown as EventTarget)
        : win,
    maxDelay: typeof init.maxDelay === 'number' ? init.maxDelay : undefined,
  }
}

/** Seed: name, email, phone and notes are create-only unless the data comes with an integrity hash. */
function mergeVisitor(
  current: Record<string, unknown>,
  data: Record<string, unknown>,
  hashed: boolean,
) {
  const next: Record<string, unknown> = { ...current }
  for (const [key, value] of Object.entries(data)) {
    if (key === 'custom' && isRecord(value)) {
      next.custom = { ...(isRecord(current.custom) ? current.custom : {}), ...value }
    } else if (
      hashed ||
      !PROTECTED_FIELDS.includes(key) ||
      current[key] === undefined ||
      current[key] === ''
    ) {
      next[key] = value
    }
  }
  return next
}

function pageOf(page: Record<string, unknown>) {
  return {
    ...(typeof page.url === 'string' ? { url: page.url } : {}),
    ...(typeof page.title === 'string' ? { title: page.title } : {}),
  }
}

/** Seed matchers: `=`/`!=` ignore case for strings; the rest compare strings or numbers. */
function compare(left: unknown, matcher: unknown, right: unknown): boolean {
  const equal = () =>
    typeof left === 'string' && typeof right === 'string'
      ? left.toLowerCase() === right.toLowerCase()
      : left === right
  const contains = () => String(left).includes(String(right))
  switch (matcher) {
    case '=':
      return equal()
    case '!=':
      return !equal()
    case 'contains':
      return contains()
    case '!contains':
      return !contains()
    case 'gt':
    case '>':
      return Number(left) > Number(right)
    case 'lt':
    case '<':
      return Number(left) < Number(right)
    case 'gte':
    case '>=':
      return Number(left) >= Number(right)
    case 'lte':
    case '<=':
      return Number(left) <= Number(right)
    default:
      console.warn(`[Chaport emulator] compare: unknown matcher ${String(matcher)}`)
      return false
  }
}

/**
 * Which triggers may show. `all` is the switch for every trigger; `exceptions` are the ids whose
 * state differs from it, so "disable all but these" and "enable all but these" both fit.
 */
function triggerSwitch(initial: unknown) {
  let all = true
  const exceptions = new Set<string>()
  const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : [])
  if (
    initial === false ||
    (isRecord(initial) && (initial.enabled === false || initial.disabled === true))
  )
    all = false
  else if (isRecord(initial) && Array.isArray(initial.enabled)) {
    all = false
    ids(initial.enabled).forEach((id) => exceptions.add(id))
  } else if (isRecord(initial)) ids(initial.disabled).forEach((id) => exceptions.add(id))

  return {
    enabled: (id: string) => all !== exceptions.has(id),
    set(enable: boolean, only: unknown[]) {
      if (only.length === 0) {
        all = enable
        exceptions.clear()
        return
      }
      for (const id of only.map(String)) {
        if (enable === all) exceptions.delete(id)
        else exceptions.add(id)
      }
    },
  }
}
