import type { VendorCall } from './types'

/** Records vendor API calls and makes chosen methods throw, so tests can exercise fault handling. */
export interface Recorder {
  readonly calls: readonly VendorCall[]
  /** Record the call, then throw if the method is armed. Call this first thing in every vendor method. */
  enter(method: string, args: readonly unknown[]): void
  throwOn(method: string, error?: Error | null): () => void
}

export function createRecorder(vendorName: string): Recorder {
  const calls: VendorCall[] = []
  const armed = new Map<string, Error>()

  return {
    calls,
    enter(method, args) {
      // Recorded even when it throws: the page did make the call.
      calls.push({ method, args: [...args] })
      const error = armed.get(method)
      if (error) throw error
    },
    throwOn(method, error) {
      if (error === null) {
        armed.delete(method)
        return () => {}
      }
      const armedError = error ?? new Error(`${vendorName}.${method} failed (emulated)`)
      armed.set(method, armedError)
      return () => {
        if (armed.get(method) === armedError) armed.delete(method)
      }
    },
  }
}

/**
 * Run queued calls the way a vendor drains its queue: one failing entry must not stop the rest,
 * and nobody is there to catch it, so it is reported on the console.
 */
export function drainEach<T>(entries: readonly T[], vendorName: string, run: (entry: T) => void) {
  for (const entry of entries) {
    try {
      run(entry)
    } catch (error) {
      console.error(`[${vendorName} emulator] a queued call threw:`, error)
    }
  }
}
