import { bootChaportMainEmulator, bootEmulator } from './boot'
import type { EmulatedProvider, EmulatedVendor } from './types'
import type { HostWindow } from './util'
import { isChaportMain, providerForScript } from './vendorUrls'

/**
 * How the following vendor script loads behave: `'error'` blocked (an ad blocker: nothing answers),
 * `'server-error'` refused by the vendor's server (a 500), `'hang'` never loaded.
 */
export type ScriptLoadMode = 'load' | 'error' | 'server-error' | 'hang'

export interface EmulateVendorsOptions {
  /** Default: `globalThis.window` (the Vitest jsdom window). */
  window?: Window
  /** Extra exact script URLs and the vendor each one stands for (for `scriptUrl` tests). */
  urls?: Record<string, EmulatedProvider>
  /**
   * Milliseconds from insertion to load. Default 0, still a macrotask later, like a real load. A
   * script removed in the meantime still runs and fires `load`, as in Chromium.
   */
  delay?: number
}

export interface VendorEmulation {
  /** Every vendor script element the page inserted, in order. */
  readonly scripts: readonly HTMLScriptElement[]
  /** The running emulator of a vendor, once its script has loaded and it started. */
  vendor(provider: EmulatedProvider): EmulatedVendor | undefined
  /**
   * 'error': dispatch `error` on the script, as a blocked request does, and any other request for
   * the vendor's script (chatmount asks once more, to tell why) gets no answer; 'server-error': the
   * same `error`, but the vendor's server answers other requests (a 500); 'hang': never load;
   * 'load': back to normal. Applies to scripts inserted from now on. 'all' resets every per-vendor
   * choice.
   */
  fail(provider: EmulatedProvider | 'all', mode: ScriptLoadMode): void
  /**
   * Stop watching, cancel pending loads, destroy the emulators that started, and forget the
   * conversations the emulated vendors' servers kept for returning visitors.
   */
  restore(): void
}

/**
 * Makes vendor `<script>` insertions work in jsdom, which does not fetch scripts: watches the
 * document for added vendor scripts, then (after `delay`) runs the matching emulator and
 * dispatches `load` on the element, or `error`, or nothing, as `fail()` chose.
 */
export function emulateVendors(options: EmulateVendorsOptions = {}): VendorEmulation {
  const win = (options.window ?? globalThis.window) as HostWindow | undefined
  if (!win?.document) {
    throw new Error(
      'emulateVendors needs a window: run the test in the jsdom environment or pass options.window.',
    )
  }
  const doc = win.document
  const delay = options.delay ?? 0
  const scripts: HTMLScriptElement[] = []
  const seen = new WeakSet<HTMLScriptElement>()
  const running = new Map<EmulatedProvider, EmulatedVendor>()
  const timers = new Set<number>()
  let modeForAll: ScriptLoadMode = 'load'
  const modes = new Map<EmulatedProvider, ScriptLoadMode>()

  const handle = (script: HTMLScriptElement) => {
    const src = script.getAttribute('src')
    if (!src || seen.has(script)) return
    // Chaport's main bundle, which its insert.js adds: the vendor's own script, not the page's.
    if (isChaportMain(src, doc.baseURI)) {
      seen.add(script)
      const timer = win.setTimeout(() => {
        timers.delete(timer)
        const vendor = bootChaportMainEmulator(win, script)
        if (vendor) running.set('chaport', vendor)
        script.dispatchEvent(new win.Event('load'))
      }, delay)
      timers.add(timer)
      return
    }
    const provider = providerForScript(src, doc.baseURI, options.urls)
    if (!provider) return
    seen.add(script)
    scripts.push(script)
    const mode = modes.get(provider) ?? modeForAll
    if (mode === 'hang') return
    const timer = win.setTimeout(() => {
      timers.delete(timer)
      // Chromium still runs a script whose element was removed while it was downloading, and
      // fires its `load`: so does the emulation, or tests would miss what a page really sees.
      if (mode === 'error' || mode === 'server-error') {
        script.dispatchEvent(new win.Event('error'))
        return
      }
      // A browser runs the script, then fires `load` (also when the script's own code failed, after
      // reporting that error on the window with the script's URL).
      try {
        const vendor = bootEmulator(provider, win, script)
        if (vendor) running.set(provider, vendor)
      } catch (error) {
        console.error(`[${provider} emulator] failed to start:`, error)
        win.dispatchEvent(
          new win.ErrorEvent('error', { error, message: String(error), filename: script.src }),
        )
      }
      script.dispatchEvent(new win.Event('load'))
    }, delay)
    timers.add(timer)
  }

  const observer = new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof win.HTMLScriptElement) handle(node)
        else if (node instanceof win.Element) node.querySelectorAll('script').forEach(handle)
      }
    }
  })
  observer.observe(doc.documentElement, { childList: true, subtree: true })

  // A request for a vendor's script other than the script element's (chatmount's one question, after
  // a failure, of whether the server answers) is answered as the vendor's host would now: never
  // reaching the network from a test.
  const pageFetch = win.fetch
  win.fetch = (input, init) => {
    const url = typeof input == 'object' && 'url' in input ? input.url : String(input)
    const provider = providerForScript(url, doc.baseURI, options.urls)
    if (!provider) return pageFetch.call(win, input, init)
    const mode = modes.get(provider) ?? modeForAll
    if (mode === 'error') return Promise.reject(new TypeError('Failed to fetch'))
    if (mode === 'hang') return new Promise(() => {})
    return Promise.resolve(new Response(null, { status: mode === 'server-error' ? 500 : 200 }))
  }

  return {
    scripts,
    vendor: (provider) => running.get(provider),
    fail(provider, mode) {
      if (provider === 'all') {
        modeForAll = mode
        modes.clear()
      } else modes.set(provider, mode)
    },
    restore() {
      observer.disconnect()
      win.fetch = pageFetch
      // A fresh vendor server for the next test: no conversation carries over.
      delete (win as { __chatmountEmulatorServer?: unknown }).__chatmountEmulatorServer
      timers.forEach((timer) => win.clearTimeout(timer))
      timers.clear()
      running.forEach((vendor) => vendor.destroy())
      running.clear()
    },
  }
}
