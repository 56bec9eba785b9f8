import { Session } from './session'
import { startWhen } from './start'
import type { BootEmulator } from './types'
import type { RaychatApi as CoreRaychatApi, RaychatVisitorProfile } from '@chatmount/core'
import { callPage, isRecord, randomId } from './util'
import type { HostWindow, VendorObject } from './util'

type Listener = (event: CustomEvent) => void

/**
 * The profile `Raychat.getUser()` returns, as chatmount types it (`RaychatVisitorProfile`); the
 * emulator fills in every field.
 */
export type RaychatUser = Required<
  Pick<RaychatVisitorProfile, 'id' | 'online' | 'createdAt' | 'metadata' | 'browser'>
> &
  RaychatVisitorProfile

/** `window.Raychat`, as chatmount's typed surface for Raychat says it: its methods and getters, and `on`. */
export type RaychatApi = VendorObject<CoreRaychatApi> & {
  on(name: string, listener: Listener): void
}

type RaychatWindow = HostWindow & {
  RAYCHAT_TOKEN?: unknown
  RAYCHAT_WIDGET_LANG?: unknown
  LOAD_TYPE?: unknown
  RAYCHAT_ALWAYS_FULLSCREEN?: unknown
  RAYCHAT_HIDE_WIDGET_ON_INIT?: unknown
  Raychat?: RaychatApi
}

const USER_FIELDS = ['email', 'name', 'about', 'phone', 'avatar'] as const
const STYLE_FIELDS = ['backgroundColor', 'borderRadius', 'width', 'height', 'boxShadow'] as const
const RTL_LANGUAGES = ['fa', 'ar', 'ku']

/**
 * Emulates https://widget-react.raychat.io/install/widget.js: reads the RAYCHAT_* globals, creates
 * `window.Raychat` (no vendor queue) and dispatches `raychat_ready` on window.
 */
export const bootRaychat: BootEmulator = (win, _script, { neverReady } = {}) => {
  const w = win as RaychatWindow
  const token = w.RAYCHAT_TOKEN
  if (typeof token !== 'string' || token === '') {
    console.error(
      '[Raychat emulator] window.RAYCHAT_TOKEN is missing: set it before adding the script. The widget did not start.',
    )
    return undefined
  }

  const session = new Session(win, {
    provider: 'raychat',
    vendorName: 'Raychat',
    // The widget as sites show it (VENDORS.md, Raychat: `iframe#raychat_widget`, its button inside).
    rootId: 'raychat_widget',
    accent: '#2563eb',
    badgeId: 'raychat_main_button_count_s',
  })
  const { recorder } = session
  const language = typeof w.RAYCHAT_WIDGET_LANG === 'string' ? w.RAYCHAT_WIDGET_LANG : undefined
  const loadType =
    w.LOAD_TYPE === 'FAST_LOAD' || w.LOAD_TYPE === 'SEO_FRIENDLY' ? w.LOAD_TYPE : undefined
  session.settings = {
    token,
    language,
    loadType,
    alwaysFullscreen: w.RAYCHAT_ALWAYS_FULLSCREEN === true,
    hideWidgetOnInit: w.RAYCHAT_HIDE_WIDGET_ON_INIT === true,
  }

  const listeners = new Map<string, Listener[]>()
  // Handlers get an event-like object whose `detail` holds the data (seed: `function ({detail})`).
  const emit = (name: string, detail: unknown = null) => {
    const event = new w.CustomEvent(name, { detail })
    for (const listener of listeners.get(name) ?? []) callPage('Raychat', listener, event)
  }
  // Seed: `Raychat.on('raychat_user_profile_updated', function (user) {})`: the user itself.
  const emitUser = (name: string, user: unknown) => {
    for (const listener of listeners.get(name) ?? []) callPage('Raychat', listener, user)
  }

  let user: RaychatUser = newUser()
  // The profile fields live in session.visitor (what setUser set); the rest is the vendor's.
  const userSnapshot = (): RaychatUser => {
    const profile: Partial<Pick<RaychatUser, (typeof USER_FIELDS)[number]>> = {}
    for (const field of USER_FIELDS) {
      const value = session.visitor[field]
      if (typeof value === 'string') profile[field] = value
    }
    return { ...user, ...profile, metadata: { ...user.metadata }, browser: { ...user.browser } }
  }

  session.hooks = {
    openChanged: (open) => emit(open ? 'open' : 'close'),
    agentMessage: (text, kind) => {
      // sendOfflineMessage is shown on the visitor's side only: no operator, no event.
      if (kind === 'local') return
      // Seed: when operators write or smart messages trigger, a hidden widget shows itself.
      if (!session.visible) session.setVisible(true)
      emit('raychat_getMessage', { type: 'text', content: text })
    },
    visitorMessage: (text) => emit('raychat_sendMessage', { type: 'text', content: text }),
  }

  const method =
    <A extends unknown[], R>(name: string, run: (...args: A) => R) =>
    (...args: A): R => {
      recorder.enter(name, args)
      return run(...args)
    }

  const api: RaychatApi = {
    setStyle: method('setStyle', (style) => {
      if (!isRecord(style) || !session.panel) return
      for (const field of STYLE_FIELDS) {
        const value = style[field]
        if (typeof value === 'string') session.panel.launcher.style[field] = value
      }
    }),
    setPosition: method('setPosition', (position) => {
      if (!isRecord(position)) return
      const side = (value: unknown) =>
        typeof value === 'string' && value !== 'auto' ? value : undefined
      session.panel?.place({
        top: side(position.top),
        right: side(position.right),
        bottom: side(position.bottom),
        left: side(position.left),
      })
    }),
    setUser: method('setUser', (data) => {
      if (!isRecord(data)) return
      const next = { ...session.visitor }
      for (const field of USER_FIELDS) if (data[field] !== undefined) next[field] = data[field]
      session.visitor = next
      emitUser('raychat_user_profile_updated', userSnapshot())
    }),
    getUser: method('getUser', userSnapshot),
    loadUser: method('loadUser', (userId) => {
      user = { ...newUser(), id: String(userId) }
      session.visitor = {}
      emit('raychat_new_user_loaded', userSnapshot())
    }),
    // Seed: the browser must reload before the visitor is forgotten, so nothing changes now.
    unloadUser: method('unloadUser', () => {
      session.settings.userUnloaded = true
    }),
    sendOfflineMessage: method('sendOfflineMessage', (text) =>
      session.receive(String(text), 'local'),
    ),
    openWidget: method('openWidget', () => session.setOpen(true)),
    closeWidget: method('closeWidget', () => session.setOpen(false)),
    toggle: method('toggle', () => session.setOpen(!session.open)),
    hideWidget: method('hideWidget', () => session.setVisible(false)),
    showWidget: method('showWidget', () => session.setVisible(true)),
    animate: method('animate', (animation) => {
      session.panel?.launcher.setAttribute('data-animation', String(animation))
    }),
    isWidgetOpen: method('isWidgetOpen', () => session.open),
    sendForm: method('sendForm', (form) => {
      if (!isRecord(form)) return
      const inputs = Array.isArray(form.inputs) ? form.inputs.filter(isRecord) : []
      const fields = inputs.map((input) => ({
        label: String(input.label ?? ''),
        type: String(input.type ?? 'string'),
      }))
      const formName = typeof form.formName === 'string' && form.formName ? form.formName : 'api'
      session.panel?.addForm(
        {
          title: typeof form.title === 'string' ? form.title : undefined,
          message: typeof form.message === 'string' ? form.message : undefined,
          fields,
        },
        (values) =>
          emit('raychat_form_submission', {
            formName,
            values: fields.map((field, index) => ({
              id: index,
              label: field.label,
              value: values[index] ?? '',
              type: field.type,
            })),
          }),
      )
      if (!session.open) session.setOpen(true)
    }),
    on: method('on', (name, listener) => {
      if (typeof listener !== 'function') return
      listeners.set(String(name), [...(listeners.get(String(name)) ?? []), listener])
    }),
  }

  const panel = session.mount()
  if (language) {
    panel.root.lang = language
    panel.root.dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr'
  }
  panel.setFullscreen(session.settings.alwaysFullscreen === true)
  if (session.settings.hideWidgetOnInit) session.setVisible(false)

  // Seed: normal load waits for the page to finish loading; FAST_LOAD starts at once;
  // SEO_FRIENDLY waits for the visitor's first interaction. `raychat_ready` comes only then.
  const when =
    loadType === 'FAST_LOAD' ? 'now' : loadType === 'SEO_FRIENDLY' ? 'interaction' : 'load'
  const cancel = startWhen(win, when, () => {
    if (neverReady) return
    // The visitor's token, kept across visits (VENDORS.md: localStorage `rayToken`).
    if (!win.localStorage.getItem('rayToken')) win.localStorage.setItem('rayToken', randomId(32))
    session.resume(win.localStorage.getItem('rayToken')!)
    w.Raychat = api
    session.ready = true
    win.dispatchEvent(new w.Event('raychat_ready'))
  })
  session.onDestroy(cancel)
  return session.controller
}

function newUser(): RaychatUser {
  return {
    id: randomId(24, '0123456789abcdef'),
    online: true,
    createdAt: new Date(),
    metadata: {},
    browser: { name: 'Emulator', ver: '1', os: 'unknown', mobile: false },
  }
}
