import { createPanel } from './panel'
import type { Panel, PanelOptions } from './panel'
import { createRecorder } from './recorder'
import type { Recorder } from './recorder'
import type { EmulatedMessage, EmulatedPageView, EmulatedProvider, EmulatedVendor } from './types'

/**
 * Where an agent-side message comes from: an operator, an automatic invitation (trigger), or the
 * page itself through a display-only call (Raychat sendOfflineMessage) that no operator sees.
 */
export type MessageKind = 'agent' | 'automatic' | 'local'

export type SessionOptions = Pick<
  PanelOptions,
  'provider' | 'rootId' | 'vendorName' | 'accent' | 'badgeId'
>

/** What a vendor does in its own words when the shared state changes. All optional. */
export interface SessionHooks {
  openChanged?(open: boolean): void
  agentMessage?(text: string, kind: MessageKind): void
  visitorMessage?(text: string, first: boolean): void
  onlineChanged?(online: boolean): void
  /** Before the launcher click opens or closes the chat (onWebChat onClick). */
  launcherClicked?(): void
  startWriting?(): void
  /** Replaces the default automatic invitation (an automatic agent message). */
  trigger?(text: string): void
  /** After any change of state, for vendors that derive something from all of it (Chaport's widget state). */
  changed?(): void
}

type EmulatorWindow = Window & {
  __chatmountEmulator?: EmulatedVendor
  __chatmountEmulatorServer?: Map<string, EmulatedMessage[]>
}

/**
 * The state every emulated widget shares (open, visible, unread, online, messages, …), its panel,
 * and the controller tests drive. Each vendor module maps its own API and events onto it.
 */
export class Session {
  readonly doc: Document
  readonly recorder: Recorder
  readonly controller: EmulatedVendor
  hooks: SessionHooks = {}
  ready = false
  open = false
  visible = true
  launcherShown = true
  unread = 0
  online = true
  visitor: Record<string, unknown> = {}
  settings: Record<string, unknown> = {}
  readonly messages: EmulatedMessage[] = []
  readonly pageViews: EmulatedPageView[] = []
  panel: Panel | undefined
  private readonly cleanups: Array<() => void> = []

  constructor(
    readonly win: Window,
    readonly options: SessionOptions,
  ) {
    this.doc = win.document
    this.recorder = createRecorder(options.vendorName)
    this.controller = createController(this)
    ;(win as EmulatorWindow).__chatmountEmulator = this.controller
  }

  get provider(): EmulatedProvider {
    return this.options.provider
  }

  /** Show the widget (again, after a Chatra restart), replaying the conversation. */
  mount(container?: Element): Panel {
    this.unmount()
    const panel = createPanel(this.doc, {
      ...this.options,
      ...(container ? { container } : {}),
      onLauncherClick: () => {
        this.hooks.launcherClicked?.()
        this.setOpen(!this.open)
      },
      onCloseClick: () => this.setOpen(false),
      onSend: (text) => this.send(text),
      onStartWriting: () => this.hooks.startWriting?.(),
    })
    this.panel = panel
    for (const message of this.messages) panel.addMessage(message)
    this.render()
    return panel
  }

  unmount(): void {
    this.panel?.destroy()
    this.panel = undefined
  }

  render(): void {
    this.panel?.render(this)
  }

  /** Add a listener that `destroy()` removes. */
  listen(target: EventTarget, type: string, listener: EventListener): void {
    target.addEventListener(type, listener)
    this.cleanups.push(() => target.removeEventListener(type, listener))
  }

  onDestroy(cleanup: () => void): void {
    this.cleanups.push(cleanup)
  }

  setOpen(open: boolean): void {
    if (open === this.open) return
    this.open = open
    if (open) this.unread = 0
    this.render()
    this.hooks.openChanged?.(open)
    this.hooks.changed?.()
  }

  setVisible(visible: boolean): void {
    this.visible = visible
    this.render()
    this.hooks.changed?.()
  }

  setLauncherShown(shown: boolean): void {
    this.launcherShown = shown
    this.render()
    this.hooks.changed?.()
  }

  setOnline(online: boolean): void {
    if (online === this.online) return
    this.online = online
    this.render()
    this.hooks.onlineChanged?.(online)
    this.hooks.changed?.()
  }

  /**
   * The visitor is known by the id the vendor stored in the browser (Chatra's `Chatra.clientId`,
   * Raychat's `rayToken`): as the vendor's server does, the emulation hands back their
   * conversation, kept in the page for the emulated server (`window.__chatmountEmulatorServer`),
   * so a visitor who comes back to the same widget sees it again; a new id is a new conversation.
   */
  resume(visitorId: string): void {
    const server = ((this.win as EmulatorWindow).__chatmountEmulatorServer ??= new Map())
    const key = `${this.provider}:${visitorId}`
    const earlier = server.get(key) ?? []
    // Already this conversation (a Chatra restart starts the same visitor again).
    if (earlier == this.messages) return
    this.messages.unshift(...earlier)
    for (const message of earlier) this.panel?.addMessage(message)
    server.set(key, this.messages)
    this.render()
  }

  /** An agent, an automatic invitation or the page (see MessageKind) writes to the visitor. */
  receive(text: string, kind: MessageKind = 'agent'): void {
    const message: EmulatedMessage = { from: 'agent', text }
    this.messages.push(message)
    this.panel?.addMessage(message)
    if (!this.open) this.unread++
    this.render()
    this.hooks.agentMessage?.(text, kind)
    this.hooks.changed?.()
  }

  /** The visitor sends a message. */
  send(text: string): void {
    const first = !this.messages.some((message) => message.from === 'visitor')
    const message: EmulatedMessage = { from: 'visitor', text }
    this.messages.push(message)
    this.panel?.addMessage(message)
    this.render()
    this.hooks.visitorMessage?.(text, first)
    this.hooks.changed?.()
  }

  /** The page's current address, for page views that do not name one. */
  currentPage(): EmulatedPageView {
    return { url: this.win.location.href, title: this.doc.title }
  }

  destroy(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup())
    this.unmount()
    const win = this.win as EmulatorWindow
    if (win.__chatmountEmulator === this.controller) delete win.__chatmountEmulator
  }
}

/** The test-facing handle: live getters over the session, actions in the vendor's own terms. */
function createController(session: Session): EmulatedVendor {
  return {
    provider: session.provider,
    get calls() {
      return session.recorder.calls
    },
    get ready() {
      return session.ready
    },
    get isOpen() {
      return session.open
    },
    get isVisible() {
      return session.visible && session.launcherShown
    },
    get unread() {
      return session.unread
    },
    get online() {
      return session.online
    },
    get visitor() {
      return session.visitor
    },
    get messages() {
      return session.messages
    },
    get pageViews() {
      return session.pageViews
    },
    get settings() {
      return session.settings
    },
    agentMessage: (text) => session.receive(text),
    trigger: (text) =>
      session.hooks.trigger ? session.hooks.trigger(text) : session.receive(text, 'automatic'),
    visitorMessage: (text) => {
      session.hooks.startWriting?.()
      session.send(text)
    },
    open: () => {
      session.hooks.launcherClicked?.()
      session.setOpen(true)
    },
    close: () => session.setOpen(false),
    goOffline: () => session.setOnline(false),
    goOnline: () => session.setOnline(true),
    throwOn: (method, error) => session.recorder.throwOn(method, error),
    destroy: () => session.destroy(),
  }
}
