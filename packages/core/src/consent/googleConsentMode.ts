import { consentReporter, type ConsentTarget } from './consentTarget'

export interface GoogleConsentOptions {
  /**
   * The Consent Mode signals that must be `'granted'`. Default `['functionality_storage']`: storage
   * "that supports the functionality of the website", which a chat's conversation is. Add
   * `'personalization_storage'` if your vendor personalises what it shows.
   */
  signals?: readonly string[]
  /** The data layer's name (default `dataLayer`, as gtag.js and Google Tag Manager use). */
  dataLayer?: string
  /** The window the tags run in (default: this one). */
  window?: Window
}

/** What `gtag('consent', 'default' | 'update', {…})` pushes: its `arguments`. */
type Command = { 0?: unknown; 1?: unknown; 2?: unknown }

/**
 * Follow Google Consent Mode as the site's consent banner sets it through gtag:
 * `gtag('consent', 'default', …)` and every `gtag('consent', 'update', …)` since, read from the
 * data layer (before this was called, and as they are pushed). `setConsent(true)` once every signal
 * in `signals` is granted, `setConsent(false)` when one is denied; nothing until each has a value.
 * Defaults for some regions only (`region: […]`) are left out: which applies is Google's to tell.
 * Answers how to stop.
 */
export function consentFromGoogle(
  chat: ConsentTarget,
  options: GoogleConsentOptions = {},
): () => void {
  const { signals = ['functionality_storage'], dataLayer = 'dataLayer' } = options
  const win = (options.window ?? window) as unknown as Record<string, unknown>
  const layer = (
    Array.isArray(win[dataLayer]) ? win[dataLayer] : (win[dataLayer] = [])
  ) as unknown[]
  const report = consentReporter(chat)
  const state: Record<string, unknown> = {}

  const read = (entry: unknown) => {
    const command = entry as Command | null
    if (!command || typeof command != 'object' || command[0] !== 'consent') return
    const settings = command[2] as Record<string, unknown> | null
    if (
      (command[1] != 'default' && command[1] != 'update') ||
      !settings ||
      typeof settings != 'object'
    )
      return
    if (command[1] == 'default' && 'region' in settings) return
    for (const signal of signals) if (signal in settings) state[signal] = settings[signal]
    if (signals.every((signal) => signal in state))
      report(signals.every((signal) => state[signal] == 'granted'))
  }

  layer.forEach(read)
  // Every push from now on, also once a tag manager replaces `push` with its own: its push calls
  // the one it found (this one) to store the entries, which then stores them itself.
  let push = layer.push
  let inside = false
  let stopped = false
  function hooked(...entries: unknown[]) {
    if (inside) return Array.prototype.push.apply(layer, entries)
    // Stopped, but still in a tag manager's chain of pushes: only passed on.
    if (!stopped) entries.forEach(read)
    inside = true
    try {
      return push.apply(layer, entries)
    } finally {
      inside = false
    }
  }
  Object.defineProperty(layer, 'push', {
    configurable: true,
    get: () => hooked,
    set: (next: typeof push) => (push = next),
  })
  return () => {
    stopped = true
    Object.defineProperty(layer, 'push', { value: push, writable: true, configurable: true })
  }
}
