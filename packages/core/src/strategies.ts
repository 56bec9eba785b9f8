import type { LoadStrategy, Unsubscribe } from './types'

/** On a page that is never idle, `idle` still loads after this long. */
export const IDLE_MAX_WAIT = 5000

const interactionEvents = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'scroll', 'wheel']

/**
 * Call `start` once when the strategy says so; the returned function cancels.
 * `manual` never starts by itself: only `load()` or `open()` do.
 */
export function scheduleLoad(
  strategy: LoadStrategy,
  win: Window & typeof globalThis,
  target: Element | string | undefined,
  start: () => void,
): Unsubscribe {
  let cancelled = false
  const cleanups: Array<() => void> = []
  const cancel = () => {
    cancelled = true
    cleanups.forEach((cleanup) => cleanup())
  }
  const once = () => {
    if (cancelled) return
    cancel()
    start()
  }

  if (strategy === 'eager') once()
  else if (strategy === 'idle') {
    // The timeout bounds the wait even where requestIdleCallback is missing or starved.
    const timer = win.setTimeout(once, IDLE_MAX_WAIT)
    cleanups.push(() => win.clearTimeout(timer))
    if (typeof win.requestIdleCallback === 'function') {
      const handle = win.requestIdleCallback(once, { timeout: IDLE_MAX_WAIT })
      cleanups.push(() => win.cancelIdleCallback(handle))
    }
  } else if (strategy === 'interaction') {
    const listenerOptions = { capture: true, passive: true }
    for (const type of interactionEvents) {
      win.addEventListener(type, once, listenerOptions)
      cleanups.push(() => win.removeEventListener(type, once, listenerOptions))
    }
  } else if (strategy === 'visible') {
    const element = typeof target === 'string' ? win.document.querySelector(target) : target
    if (!element || typeof win.IntersectionObserver !== 'function') {
      // Nothing to watch (or no way to watch it): loading late is better than never.
      once()
    } else {
      const observer = new win.IntersectionObserver((entries) => {
        if (entries.some((entry) => entry.isIntersecting)) once()
      })
      observer.observe(element)
      cleanups.push(() => observer.disconnect())
    }
  }
  return cancel
}
