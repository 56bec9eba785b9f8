import type { Unsubscribe } from './types'

type Handler = (payload: any) => void

/** Named events with handlers that cannot break each other or the emitter. */
export interface Emitter {
  on(event: string, handler: Handler): Unsubscribe
  emit(event: string, payload?: unknown): void
  has(event: string): boolean
  clear(): void
}

export function createEmitter(onHandlerError: (error: unknown) => void): Emitter {
  const handlers = new Map<string, Set<Handler>>()
  return {
    on(event, handler) {
      let set = handlers.get(event)
      if (!set) handlers.set(event, (set = new Set()))
      set.add(handler)
      return () => set.delete(handler)
    },
    emit(event, payload) {
      // Copy first: a handler may unsubscribe itself or others while we iterate.
      for (const handler of [...(handlers.get(event) ?? [])]) {
        try {
          handler(payload)
        } catch (error) {
          onHandlerError(error)
        }
      }
    },
    has: (event) => !!handlers.get(event)?.size,
    clear: () => handlers.clear(),
  }
}
