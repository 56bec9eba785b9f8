import type { LoadFailure } from './chatError'

/**
 * Why a script could not be loaded, as far as a page can tell. Offline, by the browser's own word.
 * Else one more request for it, `no-cors` (the page learns only whether an answer came, never what
 * it said, and sends no cookies): an answer means the server refused the script (a 404, a 500), none
 * means the request was blocked (an ad blocker, a firewall, a name that does not resolve). Under a
 * CSP whose `connect-src` leaves the vendor's host out, that request is refused too: `blocked`.
 */
export function loadFailure(
  win: Window,
  src: string,
  referrerPolicy: ReferrerPolicy,
): Promise<LoadFailure> {
  const offline = () => !win.navigator.onLine
  if (offline()) return Promise.resolve('offline')
  return win
    .fetch(src, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', referrerPolicy })
    .then(
      () => 'server' as const,
      () => (offline() ? 'offline' : 'blocked'),
    )
}
