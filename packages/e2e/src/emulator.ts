import type { Page } from 'playwright-core'

/** What the checks read from `window.__chatmountEmulator` (see @chatmount/testing's EmulatedVendor). */
export interface EmulatorSnapshot {
  provider: string
  ready: boolean
  isOpen: boolean
  isVisible: boolean
  visitor: Record<string, unknown>
  calls: Array<{ method: string; args: unknown[] }>
  messages: Array<{ from: 'agent' | 'visitor'; text: string }>
  pageViews: Array<{ url?: string; title?: string }>
}

interface EmulatorWindow {
  __chatmountEmulator?: EmulatorSnapshot & {
    agentMessage(text: string): void
    visitorMessage(text: string): void
  }
}

/** A copy of the emulated vendor's state, or null before its script ran. */
export function readEmulator(page: Page): Promise<EmulatorSnapshot | null> {
  return page.evaluate(() => {
    const emulator = (window as EmulatorWindow).__chatmountEmulator
    if (!emulator) return null
    const { provider, ready, isOpen, isVisible, visitor, calls, messages, pageViews } = emulator
    return JSON.parse(
      JSON.stringify({ provider, ready, isOpen, isVisible, visitor, calls, messages, pageViews }),
    ) as EmulatorSnapshot
  })
}

/** Wait until the emulated vendor's state passes `test` (evaluated in Node on each snapshot). */
export async function waitForEmulator(
  page: Page,
  test: (emulator: EmulatorSnapshot) => boolean,
  timeout = 5000,
) {
  const deadline = Date.now() + timeout
  let last: EmulatorSnapshot | null = null
  while (Date.now() < deadline) {
    last = await readEmulator(page)
    if (last && test(last)) return last
    await page.waitForTimeout(50)
  }
  throw new Error(
    `The emulated vendor never reached the expected state; last seen: ${JSON.stringify(last)}`,
  )
}

/** How many times each emulated vendor's script ran in the page (see @chatmount/testing's emulatorRuns). */
export function emulatorRuns(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => ({
    ...(window as { __chatmountEmulatorRuns?: Record<string, number> }).__chatmountEmulatorRuns,
  }))
}

/** As if an agent wrote in the vendor's chat. */
export function agentMessage(page: Page, text: string): Promise<void> {
  return page.evaluate((message) => {
    const emulator = (window as EmulatorWindow).__chatmountEmulator
    if (!emulator) throw new Error('No emulated vendor in this page')
    emulator.agentMessage(message)
  }, text)
}

/** As if the visitor typed and sent a message in the vendor's chat. */
export function visitorMessage(page: Page, text: string): Promise<void> {
  return page.evaluate((message) => {
    const emulator = (window as EmulatorWindow).__chatmountEmulator
    if (!emulator) throw new Error('No emulated vendor in this page')
    emulator.visitorMessage(message)
  }, text)
}
