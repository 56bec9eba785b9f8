/**
 * When a vendor initialises after its script ran. Real vendors differ: Raychat waits for the page's
 * `load` by default and for the first interaction in SEO_FRIENDLY mode, Chatra's deferredLoading
 * waits for `load`, Chaport's `init` option waits for any event with a maximum delay.
 */
export type StartWhen =
  'now' | 'load' | 'interaction' | { event?: string; target?: EventTarget; maxDelay?: number }

const INTERACTIONS = ['pointerdown', 'keydown', 'touchstart', 'scroll', 'wheel'] as const

/** Runs `start` (synchronously when it is already time) and returns a function that cancels the wait. */
export function startWhen(win: Window, when: StartWhen, start: () => void): () => void {
  const now =
    when === 'now' ||
    (when === 'load' && win.document.readyState === 'complete') ||
    (typeof when === 'object' && !when.event && when.maxDelay === undefined)
  if (now) {
    start()
    return () => {}
  }
  const cleanups: Array<() => void> = []
  const cancel = () => cleanups.splice(0).forEach((cleanup) => cleanup())
  const fire = () => {
    cancel()
    start()
  }
  const listen = (target: EventTarget, type: string) => {
    target.addEventListener(type, fire, { capture: true, passive: true })
    cleanups.push(() => target.removeEventListener(type, fire, { capture: true }))
  }

  if (when === 'load') listen(win, 'load')
  else if (when === 'interaction') INTERACTIONS.forEach((type) => listen(win, type))
  else {
    if (when.event) listen(when.target ?? win, when.event)
    if (when.maxDelay !== undefined) {
      const timer = win.setTimeout(fire, when.maxDelay)
      cleanups.push(() => win.clearTimeout(timer))
    }
  }
  return cancel
}
