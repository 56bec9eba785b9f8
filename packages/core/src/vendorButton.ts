import type { Unsubscribe } from './types'

/** Drawn: in the page and neither `display: none` (itself or an ancestor) nor hidden. */
const drawn = (element: Element) =>
  element.checkVisibility
    ? element.checkVisibility({ visibilityProperty: true })
    : // Where the browser cannot say (jsdom): hidden by an attribute or an inline style.
      !element.closest('[hidden],[style*="display: none"],[style*="visibility: hidden"]')

/**
 * Wait for the vendor's own button (`provider.button`, a selector) to be drawn, and call `shown`
 * once it is (at once if it already is). Returns what stops the wait.
 */
export function watchButton(document: Document, selector: string, shown: () => void): Unsubscribe {
  const isShown = () => [...document.querySelectorAll(selector)].some(drawn)
  if (isShown()) {
    shown()
    return () => {}
  }
  const observer = new document.defaultView!.MutationObserver(() => {
    if (!isShown()) return
    observer.disconnect()
    shown()
  })
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden'],
  })
  return () => observer.disconnect()
}
