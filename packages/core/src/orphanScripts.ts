import type { AnyProvider, ProviderContext } from './defineProvider'
import { takeOut } from './takeOut'
import { watchVendorHead } from './vendorHead'
import { SCRIPT_MARK, type VendorScript } from './vendorScript'

interface Orphan {
  readonly provider: AnyProvider
  readonly script: VendorScript
  readonly ctx: ProviderContext
  /** Resolves once the script has arrived and its vendor has been taken out. */
  readonly settled: Promise<void>
  stopWatching?: (() => void) | void
}

// At most one per provider: a newer chat for the provider claims or waits for the one before.
const orphans = new Map<string, Orphan>()

/**
 * The chat that owned `script` is gone (and its vendor taken out) while the script is still
 * downloading, and Chromium will run it anyway. So the vendor is installed again with the chat's
 * token and options but nothing queued and nobody listening (what the chat had queued never reaches
 * it, and it starts without errors), and it is taken out
 * the moment its script runs, and again if it starts later than that (Raychat waits for the
 * page's `load`), until a newer chat for the provider takes over.
 */
export function orphan(provider: AnyProvider, script: VendorScript, chat: ProviderContext): void {
  const ctx: ProviderContext = { ...chat, emit() {} }
  const { element } = script
  // A vendor that finds its own element (Rayzing) gets it back, unmarked so no chat counts it as live.
  if (provider.prepareScript && element) {
    element.removeAttribute(SCRIPT_MARK)
    chat.document.head.append(element)
  } else script.remove()
  watchVendorHead(provider, ctx)
  try {
    provider.install(ctx)
  } catch {
    // Nothing was queued in it, and whatever it set is taken out when the script arrives.
  }
  let arrived: () => void
  const entry: Orphan = {
    provider,
    script,
    ctx,
    settled: new Promise((resolve) => (arrived = resolve)),
  }
  entry.stopWatching = provider.whenReady?.(ctx, () => takeOut(provider, ctx))
  script.onArrival = () => {
    script.remove()
    takeOut(provider, ctx)
    arrived()
  }
  orphans.get(provider.name)?.stopWatching?.()
  orphans.set(provider.name, entry)
}

/**
 * A chat for `provider` is about to install in `document`. If an orphaned script of the provider is
 * still downloading, the chat adopts it when it has the same `key` (it has not run yet, so it will
 * run once, for the new chat; the same provider object, so the element is shaped the same): the
 * script is back in the page, marked as the chat's, and tells `onArrival`. Otherwise the chat gets
 * a promise to wait for before installing (the script would run against the chat's install).
 * Either way the orphan's watch ends: the slot is the chat's.
 */
export function claim(
  provider: AnyProvider,
  document: Document,
  key: string,
  onArrival: VendorScript['onArrival'],
): VendorScript | Promise<void> | undefined {
  const entry = orphans.get(provider.name)
  if (!entry || entry.ctx.document != document) return
  const { script } = entry
  const { element } = script
  // Still downloading, and not one to adopt (another provider, URL or token, or not our element): wait.
  if (!script.arrived && (entry.provider != provider || script.key != key || !element))
    return entry.settled
  orphans.delete(provider.name)
  entry.stopWatching?.()
  if (script.arrived) return
  takeOut(provider, entry.ctx)
  // A started script element never runs twice: putting it back fetches and runs nothing.
  element!.setAttribute(SCRIPT_MARK, provider.name)
  if (!element!.isConnected) document.head.append(element!)
  script.onArrival = onArrival
  return script
}
