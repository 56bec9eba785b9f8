import { watchReady, type Attempt } from './attempt'
import { takeOut } from './takeOut'
import { watchVendorHead } from './vendorHead'
import { SCRIPT_MARK } from './vendorScript'

/**
 * How long a vendor whose script ran while no chat held it stays in the page, for a chat created
 * again in that time (a quick unmount and mount) to take it over instead of loading it again.
 */
export const KEEP_LANDED = 250

interface Orphan {
  readonly attempt: Attempt
  /** The settings it runs with: a chat with other settings cannot take over a vendor that ran. */
  readonly settings: string
  /** Resolves once it is out of the way of a chat that could not take it over. */
  readonly settled: Promise<void>
  /** Its script ran and the vendor is kept a moment: this ends the wait. */
  kept?: number
  /** A chat waits on `settled`: out the moment it runs. */
  waited?: boolean
  gone?: boolean
  /** Out of the page for good (a later start of the vendor is taken out again). */
  end(): void
}

// Per document (an iframe's chats have their own), at most one per provider: a newer chat for the
// provider claims it or waits for it.
const orphans = new WeakMap<Document, Map<string, Orphan>>()

function orphansOf(document: Document) {
  let map = orphans.get(document)
  if (!map) orphans.set(document, (map = new Map()))
  return map
}

/** The orphan's wait and its ready watch end: what happens to its vendor is no longer its business. */
function silence({ attempt, kept }: Orphan) {
  attempt.ctx.window.clearTimeout(kept)
  attempt.cleanups.splice(0).forEach((cleanup) => cleanup?.())
}

function fingerprint(settings: object): string {
  try {
    return JSON.stringify(settings)
  } catch {
    return String(Math.random())
  }
}

/**
 * The chat that owned `attempt` is gone (and its vendor taken out) while its script is still
 * downloading, and Chromium will run it anyway. So the vendor is installed again with the chat's
 * token and settings but nothing queued and nobody listening (what the chat had queued never
 * reaches it, and it starts without errors). When the script has run, the vendor stays
 * `KEEP_LANDED` ms for a chat that comes back, then is taken out, and again if it starts later
 * than that (Raychat waits for the page's `load`), until a newer chat for the provider takes over.
 */
export function orphan(attempt: Attempt): void {
  const { provider, ctx } = attempt
  const script = attempt.script!
  const { element } = script
  const settings = ctx.options
  const registry = orphansOf(ctx.document)
  let settle!: () => void
  const entry: Orphan = {
    attempt,
    settings: fingerprint(settings),
    settled: new Promise((resolve) => (settle = resolve)),
    end() {
      ctx.window.clearTimeout(entry.kept)
      if (entry.gone) return
      entry.gone = true
      script.remove()
      takeOut(provider, ctx)
      settle()
    },
  }
  attempt.holder = {
    settings: () => settings,
    heard() {},
    started() {
      if (entry.gone) takeOut(provider, ctx)
      else attempt.started = true
    },
  }
  // A vendor that finds its own element (Rayzing) gets it back, unmarked so no chat counts it as live.
  if (provider.prepareScript && element) {
    element.removeAttribute(SCRIPT_MARK)
    if (!element.isConnected) ctx.document.head.append(element)
  } else script.remove()
  watchVendorHead(provider, ctx)
  try {
    provider.install(ctx)
  } catch {
    // Nothing was queued in it, and whatever it set is taken out when the script arrives.
  }
  watchReady(attempt)
  // A script that could not be fetched, or threw, left no vendor worth keeping.
  script.onArrival = (loaded, thrown) => {
    if (entry.waited || !loaded || thrown) return entry.end()
    entry.kept = ctx.window.setTimeout(entry.end, KEEP_LANDED)
  }
  const before = registry.get(provider.name)
  if (before) silence(before)
  registry.set(provider.name, entry)
}

/**
 * A chat for `provider` is about to install in `document` with this script `key` and `settings`.
 * An orphan of the same provider object, with the same script, is taken over: one still
 * downloading has its install taken out, for the chat to install again (the script has not run, so
 * it runs once, for the chat); one that ran moments ago with the same settings is kept running, for
 * the chat to hold as it is. Its element is back in the page, marked as the chat's. An orphan still
 * downloading that cannot be taken over gives a promise to wait for before installing (its script
 * would run against the chat's install); any other is taken out. Either way the slot is the chat's.
 */
export function claim(
  provider: Attempt['provider'],
  document: Document,
  key: string,
  settings: object,
): Attempt | Promise<void> | undefined {
  const registry = orphansOf(document)
  const entry = registry.get(provider.name)
  if (!entry) return
  const { attempt } = entry
  const script = attempt.script!
  const { element } = script
  const same = attempt.provider == provider && script.key == key && element
  if (!script.arrived && !same) {
    entry.waited = true
    return entry.settled
  }
  registry.delete(provider.name)
  const running = script.arrived && !entry.gone && entry.settings == fingerprint(settings)
  if (!same || (script.arrived && !running)) {
    entry.end()
    silence(entry)
    return
  }
  attempt.ctx.window.clearTimeout(entry.kept)
  if (!running) {
    // Its install goes: the chat installs with its own settings and calls, before the script runs.
    silence(entry)
    takeOut(provider, attempt.ctx)
  }
  // A started script element never runs twice: putting it back, before or after it ran, fetches
  // and runs nothing.
  element.setAttribute(SCRIPT_MARK, provider.name)
  if (!element.isConnected) document.head.append(element)
  return attempt
}
