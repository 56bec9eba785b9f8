import { bootChaportInsert, bootChaportMain } from './chaport'
import { bootChatra } from './chatra'
import { bootCrisp } from './crisp'
import { bootOnWebChat } from './onwebchat'
import { bootRaychat } from './raychat'
import { bootRayzing } from './rayzing'
import { bootTawk } from './tawk'
import type { BootEmulator, EmulatedProvider, EmulatedVendor, EmulatorFault } from './types'

const emulatorBoots: Readonly<Record<EmulatedProvider, BootEmulator>> = {
  raychat: bootRaychat,
  chatra: bootChatra,
  chaport: bootChaportInsert,
  onwebchat: bootOnWebChat,
  rayzing: bootRayzing,
  crisp: bootCrisp,
  tawk: bootTawk,
}

/** What the runs are counted by: each vendor's script, and Chaport's main bundle on its own. */
type EmulatedScript = EmulatedProvider | 'chaport-main'

type EmulatorWindow = Window & {
  __chatmountEmulatorRuns?: Partial<Record<EmulatedScript, number>>
  __chatmountEmulatorFaults?: Partial<Record<EmulatedProvider, EmulatorFault>>
}

/**
 * How many times each emulated vendor's script ran in this window, whatever came of it (a vendor
 * that refused to start counts too), and Chaport's main bundle (`'chaport-main'`), which its
 * insert.js adds. A page that runs a vendor twice has a bug this shows.
 */
export function emulatorRuns(win: Window): Readonly<Partial<Record<EmulatedScript, number>>> {
  return { ...(win as EmulatorWindow).__chatmountEmulatorRuns }
}

function counted(win: Window, script: EmulatedScript) {
  const runs = ((win as EmulatorWindow).__chatmountEmulatorRuns ??= {})
  runs[script] = (runs[script] ?? 0) + 1
}

/** Run Chaport's main bundle now, as if the script its insert.js added had just executed. */
export function bootChaportMainEmulator(
  win: Window,
  script: HTMLScriptElement | null = null,
): EmulatedVendor | undefined {
  counted(win, 'chaport-main')
  return bootChaportMain(win, script)
}

/**
 * Make the next run of this vendor's script fail this way; the fault is used up by that run. In a
 * browser test, set `window.__chatmountEmulatorFaults = { chatra: 'throw' }` in the page instead.
 */
export function injectEmulatorFault(
  win: Window,
  provider: EmulatedProvider,
  fault: EmulatorFault,
): void {
  ;((win as EmulatorWindow).__chatmountEmulatorFaults ??= {})[provider] = fault
}

/**
 * Run one emulated vendor script now, as if its `<script>` had just executed: count the run, and
 * show the fault `injectEmulatorFault` armed for it, if any.
 */
export function bootEmulator(
  provider: EmulatedProvider,
  win: Window,
  script: HTMLScriptElement | null = null,
): EmulatedVendor | undefined {
  const page = win as EmulatorWindow
  counted(win, provider)
  const fault = page.__chatmountEmulatorFaults?.[provider]
  if (fault) delete page.__chatmountEmulatorFaults![provider]
  if (fault === 'throw') throw new Error(`${provider}: the vendor script threw (an emulated fault)`)
  return emulatorBoots[provider](win, script, { neverReady: fault === 'never-ready' })
}
