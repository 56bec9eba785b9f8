import type { Unsubscribe } from './types'

/** A value that can be read synchronously and watched: the contract every adapter builds on. */
export interface Store<T extends object> {
  get(): T
  set(patch: Partial<T>): void
  subscribe(listener: (value: T) => void): Unsubscribe
}

export function createStore<T extends object>(initial: T): Store<T> {
  let value = initial
  const listeners = new Set<(value: T) => void>()
  return {
    get: () => value,
    set(patch) {
      // Keep the same object unless a field really changed, so snapshots stay stable.
      if (!Object.keys(patch).some((key) => !Object.is(patch[key as keyof T], value[key as keyof T]))) return
      value = { ...value, ...patch }
      listeners.forEach((listener) => listener(value))
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
