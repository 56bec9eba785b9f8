import type { LoadStrategy, Unsubscribe } from './types'

/** On a page that is never idle, `idle` still loads after this long. */
export const IDLE_MAX_WAIT = 5000

/** The first of these on the page is the visitor's first interaction. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'scroll', 'wheel']

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
  let stop = () => {}
  const go = () => {
    stop()
    start()
  }
  if (strategy == 'eager') go()
  if (strategy == 'idle') {
    // The timer bounds the wait where requestIdleCallback is missing or starved by a busy page.
    const timer = win.setTimeout(go, IDLE_MAX_WAIT)
    const handle = win.requestIdleCallback?.(go, { timeout: IDLE_MAX_WAIT })
    stop = () => {
      win.clearTimeout(timer)
      if (handle) win.cancelIdleCallback(handle)
    }
  }
  if (strategy == 'interaction') {
    for (const type of INPUT_EVENTS)
      win.addEventListener(type, go, { capture: true, passive: true })
    stop = () => INPUT_EVENTS.forEach((type) => win.removeEventListener(type, go, true))
  }
  if (strategy == 'visible') {
    const element = typeof target == 'string' ? win.document.querySelector(target) : target
    // Nothing to watch, or no way to watch it: loading now beats never loading.
    if (!element || !win.IntersectionObserver) go()
    else {
      const observer = new win.IntersectionObserver(
        (entries) => entries.some((entry) => entry.isIntersecting) && go(),
      )
      observer.observe(element)
      stop = () => observer.disconnect()
    }
  }
  return () => stop()
}
