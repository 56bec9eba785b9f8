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

// The client methods a handle passes on, now if a chat is attached, else once one is. Plain
// literals, so a bundle without createChatHandle drops them.
const answering = ['load', 'ready', 'retry', 'get'] as const
const returningNothing = ['call', 'open', 'close', 'toggle', 'show', 'hide', 'setHidden', 'identify', 'reset', 'pageView', 'setConsent', 'destroy'] as const
type Forwarded = (typeof answering)[number] | (typeof returningNothing)[number]

export function createChatHandle(): ChatHandle {
  let client: ChatClient<any> | undefined
  const pending: Array<(client: ChatClient<any>) => void> = []
  let unhookState: Unsubscribe | undefined
  const listeners = new Set<() => void>()
  // Each handler with its unsubscribe from the current chat.
  const handlers = new Set<{ event: string; handler: (payload: any) => void; stop?: Unsubscribe }>()
  const notify = () => listeners.forEach((listener) => listener())

  const handle: Omit<ChatHandle, Forwarded> = {
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
  for (const method of [...answering, ...returningNothing]) {
    ;(handle as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const run = (chat: ChatClient<any>) => (chat[method] as (...args: unknown[]) => unknown)(...args)
      const answer = client ? run(client) : new Promise((resolve) => pending.push((chat) => resolve(run(chat))))
      // The rest return nothing, as the client's do: `useEffect(() => chat.open())` must stay valid.
      if ((answering as readonly string[]).includes(method)) return answer
    }
  }
  return handle as ChatHandle
}
