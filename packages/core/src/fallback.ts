import type { ChatError } from './chatError'

/** Where the visitor goes when the vendor cannot load: a URL, or the app's own function. */
export type Fallback = string | ((error: ChatError) => void)

/**
 * Take the visitor to the fallback, only from their own gesture (a click, a key: the browser's
 * `navigator.userActivation`), so a page never leaves or opens a tab by itself. A page of this site,
 * `mailto:` or `tel:` takes the place of this one, as a link would; another site's page (a hosted
 * chat) opens in a new tab, so the visitor keeps their place. Returns whether it went. What the
 * app's function throws is its own error: reported as the browser reports one, never thrown at the
 * caller of `open()`.
 */
export function followFallback(win: Window, fallback: Fallback, error: ChatError): boolean {
  if (!win.navigator.userActivation?.isActive) return false
  if (typeof fallback == 'function') {
    try {
      fallback(error)
    } catch (thrown) {
      win.reportError(thrown)
    }
  } else {
    const url = new URL(fallback, win.document.baseURI)
    // Checked by createChat already; once more for callers of this function (never javascript:).
    if (!/^(https?|mailto|tel):$/.test(url.protocol)) return false
    if (/^https?:$/.test(url.protocol) && url.origin != win.location.origin)
      win.open(url.href, '_blank', 'noopener')
    else win.location.assign(url.href)
  }
  return true
}
