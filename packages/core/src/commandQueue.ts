import type { Attempt } from './attempt'

/** One call for the vendor, made against whichever install holds it when it runs. */
export type Command = (attempt: Attempt) => void

/**
 * The calls a chat made, in order, until its vendor is ready: each is handed to the vendor when it
 * can take it (ready, or where the install leaves the vendor's own queue, at once, and again to a
 * fresh install), and kept until it is ready.
 */
export function createCommandQueue(run: (command: Command, attempt: Attempt) => void) {
  let kept: Command[] = []
  return {
    /** A new call, for the `attempt` in the page (if any), which is `ready` or not. */
    add(command: Command, attempt: Attempt | undefined, ready: boolean) {
      if (attempt && (ready || attempt.provider.vendorQueue)) run(command, attempt)
      if (!ready) kept.push(command)
    },
    /** A fresh install: a vendor with its own queue gets every kept call. */
    installed(attempt: Attempt) {
      if (attempt.provider.vendorQueue) kept.forEach((command) => run(command, attempt))
    },
    /** Ready: what the vendor has not had yet runs now, and nothing is kept any more. */
    ready(attempt: Attempt) {
      const commands = kept
      kept = []
      if (!attempt.provider.vendorQueue) commands.forEach((command) => run(command, attempt))
    },
    clear() {
      kept = []
    },
  }
}
