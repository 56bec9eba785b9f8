import type { ChatClient } from './client'
import type { ChatState, Unsubscribe } from './types'

/** The state of a chat that does not exist yet (first render, server render). */
export const initialState: ChatState = { status: 'idle', open: false, visible: true, unread: null, error: null }

/** The client's methods, for whichever chat the handle currently points at. */
export type ChatControls = Omit<ChatClient<any>, 'getState' | 'subscribe'>

/**
 * A stable stand-in for a chat that a framework adapter creates, replaces and destroys as the
 * app's options change (React creates it in an effect, never during render, which may run twice
 * or on the server; Vue and Angular re-create it when a reactive token changes). Calls made before
 * a chat is attached wait and are handed over, in order, once one is; event handlers and state
 * subscribers follow it across re-creation.
 */
export interface ChatHandle extends ChatControls {
  getState(): ChatState
  subscribe(listener: () => void): Unsubscribe
  attach(client: ChatClient<any> | undefined): void
}

export function createChatHandle(): ChatHandle {
  let client: ChatClient<any> | undefined
  const pending: Array<(client: ChatClient<any>) => void> = []
  let unhookState: Unsubscribe | undefined
  const listeners = new Set<() => void>()
  // Each handler with its unsubscribe from the current chat.
  const handlers = new Set<{ event: string; handler: (payload: any) => void; stop?: Unsubscribe }>()
  const notify = () => listeners.forEach((listener) => listener())

  /** Run now on the chat, or once there is one. */
  function use<T>(run: (client: ChatClient<any>) => T): Promise<Awaited<T>> | T {
    if (client) return run(client)
    return new Promise((resolve) => pending.push((next) => resolve(run(next) as Awaited<T>)))
  }
  const later = <T>(run: (client: ChatClient<any>) => Promise<T>) => use(run) as Promise<T>
  const now = (run: (client: ChatClient<any>) => void) => () => void use(run)

  const handle: ChatHandle = {
    get provider() {
      return client?.provider ?? ''
    },
    getState: () => client?.getState() ?? initialState,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    attach(next) {
      unhookState?.()
      client = next
      unhookState = next?.subscribe(notify)
      for (const entry of handlers) {
        entry.stop?.()
        entry.stop = next?.on(entry.event as never, entry.handler)
      }
      // Hand waiting calls over after this task: React StrictMode attaches, detaches and attaches
      // again at once, and only the chat that stays should see them (and fetch the vendor).
      if (next) queueMicrotask(() => client && pending.splice(0).forEach((run) => run(client!)))
      notify()
    },
    load: () => later((c) => c.load()),
    ready: () => later((c) => c.ready()),
    retry: () => later((c) => c.retry()),
    get: (method, ...args) => later((c) => c.get(method, ...args)),
    open: now((c) => c.open()),
    close: now((c) => c.close()),
    toggle: now((c) => c.toggle()),
    show: now((c) => c.show()),
    hide: now((c) => c.hide()),
    reset: now((c) => c.reset()),
    destroy: now((c) => c.destroy()),
    identify: (visitor) => void use((c) => c.identify(visitor)),
    pageView: (page) => void use((c) => c.pageView(page)),
    setConsent: (granted) => void use((c) => c.setConsent(granted)),
    call: (method, ...args) => void use((c) => c.call(method, ...args)),
    supports: (capability) => client?.supports(capability) ?? false,
    on(event, handler) {
      const entry = { event, handler, stop: client?.on(event, handler) }
      handlers.add(entry)
      return () => {
        handlers.delete(entry)
        entry.stop?.()
      }
    },
  }
  return handle
}
