import { providers } from '@chatmount/core/vendors'
import type { WatchedPage } from './watchedPage'

/** Every global a vendor (or chatmount's install of it) may put on `window`. */
const vendorGlobals = Object.fromEntries(
  Object.entries(providers).map(([name, provider]) => [name, [...(provider.globals ?? [])]]),
)

/**
 * What each emulated vendor renders, and the script chatmount adds for it (where the vendor's
 * elements name it): its elements, and what its script adds to <head> (unmarked in the real
 * scripts; the emulators mark them, so that a test can count them).
 */
const vendorElements = Object.fromEntries(
  Object.entries(providers).map(([name, provider]) => [
    name,
    `${provider.elements},[data-emulator=${name}]:is(style,meta,link)`,
  ]),
)

export interface PageSnapshot {
  /** Vendor globals present, by provider. */
  globals: Record<string, string[]>
  /** How many vendor elements (and chatmount script elements) there are, by provider. */
  elements: Record<string, number>
  scripts: Record<string, number>
  /** How many times each emulated vendor's script ran. */
  runs: Record<string, number>
}

/** What of each vendor is in the page now. */
export function snapshot(page: WatchedPage): Promise<PageSnapshot> {
  return page.evaluate(
    ({ globals, elements }) => {
      const present = (names: string[]) => names.filter((name) => name in window)
      const count = (selector: string) => document.querySelectorAll(selector).length
      return {
        globals: Object.fromEntries(
          Object.entries(globals).map(([provider, names]) => [provider, present(names)]),
        ),
        elements: Object.fromEntries(
          Object.entries(elements).map(([provider, selector]) => [provider, count(selector)]),
        ),
        scripts: Object.fromEntries(
          Object.keys(globals).map((provider) => [
            provider,
            count(`script[data-chatmount="${provider}"]`),
          ]),
        ),
        runs: {
          ...(window as { __chatmountEmulatorRuns?: Record<string, number> })
            .__chatmountEmulatorRuns,
        },
      }
    },
    { globals: vendorGlobals, elements: vendorElements },
  )
}

/** Nothing of any vendor is left: no global, no element, no script. */
export function nothingLeft(state: PageSnapshot, except?: string) {
  const left: string[] = []
  for (const provider of Object.keys(vendorGlobals)) {
    if (provider === except) continue
    for (const name of state.globals[provider]!) left.push(`window.${name}`)
    if (state.elements[provider]) left.push(`${state.elements[provider]} ${provider} element(s)`)
    if (state.scripts[provider]) left.push(`${state.scripts[provider]} ${provider} script(s)`)
  }
  return left
}
