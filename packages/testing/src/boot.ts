import { bootChaport } from './chaport'
import { bootChatra } from './chatra'
import { bootOnWebChat } from './onwebchat'
import { bootRaychat } from './raychat'
import { bootRayzing } from './rayzing'
import type { BootEmulator, EmulatedProvider, EmulatedVendor } from './types'

export const emulatorBoots: Readonly<Record<EmulatedProvider, BootEmulator>> = {
  raychat: bootRaychat,
  chatra: bootChatra,
  chaport: bootChaport,
  onwebchat: bootOnWebChat,
  rayzing: bootRayzing,
}

/** Run one emulated vendor script now, as if its `<script>` had just executed. */
export function bootEmulator(
  provider: EmulatedProvider,
  win: Window,
  script: HTMLScriptElement | null = null,
): EmulatedVendor | undefined {
  return emulatorBoots[provider](win, script)
}
