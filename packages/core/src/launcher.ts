import { initialState } from './initialState'
import { createSubscribable } from './subscribable'
import type { ChatState, ChatStatus, Unsubscribe } from './types'

/** What a launcher renders. The same object until something changes. */
export interface LauncherState {
  readonly status: ChatStatus
  /** Loading: `aria-busy`. */
  readonly busy: boolean
  /**
   * Given way to the vendor's own launcher: invisible, keeping its box, out of the tab order.
   * Only with `giveWay`, and never while the visitor points at it or it has focus.
   */
  readonly hidden: boolean
  /**
   * The vendor could not load and the chat has a fallback: a click goes there. Its words should say
   * where it leads (the chat state's `fallback` is there for the content).
   */
  readonly fallback: boolean
  /**
   * Messages the visitor has not read, where the vendor tells (else 0). A launcher shows a badge
   * with the number, inside the button so that it is part of its accessible name.
   */
  readonly unread: number
  /**
   * The launcher's words when the app gives none: "Chat with us", and "Contact us" while it leads
   * to the fallback.
   */
  readonly words: string
  /**
   * What the `<button>` carries, the same in every framework: `data-chat-launcher`, `data-status`,
   * `data-fallback` while it leads to the fallback, `data-unread` with the count while there is
   * something unread, `aria-busy` while loading, and while it has given way `aria-hidden` and
   * `tabIndex` -1 (out of the tab order). Undefined means absent. Its style is the adapter's:
   * `visibility: hidden` while `hidden`.
   */
  readonly attributes: Readonly<Record<string, string | number | undefined>>
}

export interface LauncherOptions {
  /**
   * The launcher stands where the vendor's own button will appear (a facade): once that button is
   * drawn (`buttonShown`; where the provider cannot tell, once the vendor has been ready for
   * `GIVE_WAY_DELAY`), and the visitor is neither pointing at it nor focused on it, it gives way.
   * Default `false`: an inline "Chat with us" button that stays a working button.
   */
  giveWay?: boolean
}

/** The part of a chat a launcher drives. */
export interface LauncherChat {
  getState(): ChatState
  subscribe(listener: () => void): Unsubscribe
  load(): Promise<void>
  open(): void
  retry(): Promise<void>
}

/** The rules of a chat launcher, for any framework to render: a `<button>` wired to these. */
export interface Launcher {
  getState(): LauncherState
  /**
   * What a server renders, before any chat exists: the state hydration must find (React's
   * `getServerSnapshot`), whatever the chat says by the time this part of the page hydrates.
   */
  getServerState(): LauncherState
  /** Fits `useSyncExternalStore`; the launcher follows the chat only while someone listens. */
  subscribe(listener: () => void): Unsubscribe
  /** The pointer entered (`true`) or left it. Pointing is intent: loading starts. */
  hover(on: boolean): void
  /** It got (`true`) or lost focus. Focus is intent: loading starts. */
  focus(on: boolean): void
  /**
   * Clicked, or Enter/Space: open the chat (loading first if needed; after a failure, the fallback
   * where the chat has one, else retrying).
   */
  activate(): void
  setOptions(options: LauncherOptions): void
}

/**
 * Where the provider cannot say when the vendor's own button is drawn: how long the vendor is ready
 * before a giving-way launcher goes (its button draws in the meantime).
 */
export const GIVE_WAY_DELAY = 1000

export function createLauncher(chat: LauncherChat, options: LauncherOptions = {}): Launcher {
  let hovered = false
  let focused = false
  // The vendor has been ready for GIVE_WAY_DELAY.
  let settled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let snapshot: LauncherState | undefined
  let serverSnapshot: LauncherState | undefined
  let stop: Unsubscribe | undefined
  const listeners = createSubscribable()

  const getState = () => (snapshot = stateOf(chat.getState(), snapshot))

  /** The launcher for `chat`'s state: `last` again unless something it shows changed. */
  function stateOf(
    { status, visible, buttonShown, fallback, unread: count }: ChatState,
    last: LauncherState | undefined,
  ): LauncherState {
    const unread = count ?? 0
    const busy = status == 'loading'
    // Nothing to give way to where the vendor's widget is hidden, or its button not yet drawn.
    const hidden = !!options.giveWay && visible && (buttonShown ?? settled) && !hovered && !focused
    if (
      last?.status == status &&
      last.busy == busy &&
      last.hidden == hidden &&
      last.fallback == fallback &&
      last.unread == unread
    )
      return last
    return {
      status,
      busy,
      hidden,
      fallback,
      unread,
      words: fallback ? 'Contact us' : 'Chat with us',
      attributes: {
        'data-chat-launcher': '',
        'data-status': status,
        'data-fallback': fallback ? '' : undefined,
        'data-unread': unread || undefined,
        'aria-busy': busy ? 'true' : undefined,
        'aria-hidden': hidden ? 'true' : undefined,
        tabIndex: hidden ? -1 : undefined,
      },
    }
  }

  function changed() {
    // Only while someone listens: then the timer has an owner that ends it.
    if (!stop) return
    const { status, buttonShown } = chat.getState()
    // The timer stands in for a provider that cannot say when its button is drawn.
    const timed = status == 'ready' && buttonShown == null
    if (!timed) {
      clearTimeout(timer)
      timer = undefined
      settled = false
    } else if (!settled && !timer && options.giveWay) {
      timer = setTimeout(() => {
        settled = true
        changed()
      }, GIVE_WAY_DELAY)
    }
    listeners.emit('change')
  }

  function intent() {
    const { status } = chat.getState()
    if (status == 'idle' || status == 'waiting') chat.load().catch(() => {})
  }

  const launcher: Launcher = {
    getState,
    getServerState: () => (serverSnapshot ??= stateOf(initialState, undefined)),
    subscribe(listener) {
      const unsubscribe = listeners.on('change', listener)
      if (!stop) {
        stop = chat.subscribe(changed)
        changed()
        takeEarlyClick()
      }
      return () => {
        unsubscribe()
        if (listeners.has('change') || !stop) return
        stop()
        stop = undefined
        clearTimeout(timer)
        timer = undefined
      }
    },
    hover(on) {
      hovered = on
      if (on) intent()
      changed()
    },
    focus(on) {
      focused = on
      if (on) intent()
      changed()
    },
    activate() {
      const { status, fallback } = chat.getState()
      // After a failure: the fallback where there is one (open() goes there), else try again.
      if (status == 'error' && !fallback) chat.retry().then(chat.open, () => {})
      else chat.open()
    },
    setOptions(next) {
      if (next.giveWay == options.giveWay) return
      options = next
      changed()
    },
  }

  /**
   * A click on a server-rendered launcher before the app came alive, noted by `earlyClicksScript`:
   * the first launcher to come alive stops the note-taking and opens the chat for it.
   */
  function takeEarlyClick() {
    const early =
      typeof window < 'u' &&
      (window as { __chatmountEarly?: { clicked: boolean; stop(): void } }).__chatmountEarly
    if (!early) return
    early.stop()
    if (early.clicked) launcher.activate()
    early.clicked = false
  }

  return launcher
}
