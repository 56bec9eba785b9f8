import type { WatchedPage } from '@chatmount/e2e'

/** Every global a vendor (or chatmount's install of it) may put on `window`. */
const vendorGlobals: Record<string, string[]> = {
  raychat: [
    'Raychat',
    'RAYCHAT_TOKEN',
    'RAYCHAT_WIDGET_LANG',
    'LOAD_TYPE',
    'RAYCHAT_ALWAYS_FULLSCREEN',
    'RAYCHAT_HIDE_WIDGET_ON_INIT',
  ],
  chatra: ['Chatra', 'ChatraID', 'ChatraSetup', 'ChatraIntegration'],
  chaport: ['chaport', 'chaportConfig'],
  onwebchat: ['onWebChat', 'onWebChat_'],
  rayzing: [],
}

/** What each emulated vendor renders, and the script chatmount adds for it. */
const vendorElements: Record<string, string> = {
  raychat: '[id^=raychat_]',
  chatra: '#chatra,style[data-emulator=chatra]',
  chaport: '#chaport-container',
  // Its UI (window, audio, image) and the <style> it adds (unmarked in the real script; the
  // emulator marks it so that a test can count it).
  onwebchat: '.onwebchatbox,#onwebchataudio,#onweb_chatimage_div,style[data-emulator=onwebchat]',
  // Its script, the loader's root, the runtime's messenger and launcher, and what the loader adds
  // to <head> (marked by the emulator only, so that a test can count them).
  rayzing:
    '#rayzing-messenger-widget,botpenguin-root,#BotPenguin-messenger,#botpenguin-launcher-12,[data-emulator=rayzing]:is(style,meta)',
}

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
