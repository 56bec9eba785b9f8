import type { Unsubscribe } from './types'

/**
 * Handlers by event name, called in the order they subscribed. One that throws is reported on the
 * console and does not stop the others. Shared by the client (its events), the handle and the
 * launcher (their `subscribe`).
 */
export interface Subscribable {
  on(event: string, handler: (payload: any) => void): Unsubscribe
  emit(event: string, payload?: unknown): void
  /** Whether anyone listens for `event`. */
  has(event: string): boolean
  clear(): void
}

export function createSubscribable(): Subscribable {
  const subscriptions = new Set<[string, (payload: any) => void]>()
  return {
    on(event, handler) {
      const subscription: [string, (payload: any) => void] = [event, handler]
      subscriptions.add(subscription)
      return () => subscriptions.delete(subscription)
    },
    emit(event, payload) {
      for (const [subscribed, handler] of subscriptions) {
        try {
          if (subscribed == event) handler(payload)
        } catch (error) {
          console.error('[chatmount] A listener threw:', error)
        }
      }
    },
    has: (event) => [...subscriptions].some(([subscribed]) => subscribed == event),
    clear: () => subscriptions.clear(),
  }
}
