import type { VendorName } from '@chatmount/core/vendors'

/** Every built-in vendor has an emulator. */
export type EmulatedProvider = VendorName

/** One call the page made into a vendor API, as the vendor executed it. */
export interface VendorCall {
  method: string
  args: unknown[]
}

export interface EmulatedMessage {
  from: 'agent' | 'visitor'
  text: string
}

export interface EmulatedPageView {
  url?: string
  title?: string
}

/** The handle a test (or a person in the browser) uses to watch and drive one emulated vendor. */
export interface EmulatedVendor {
  readonly provider: EmulatedProvider
  /**
   * Every call the page made into the vendor API, in the order the vendor executed them
   * (drained queue entries first, in queue order). A call that threw is recorded too.
   */
  readonly calls: readonly VendorCall[]
  /** The vendor API exists and its ready signal (where it has one) has fired. */
  readonly ready: boolean
  readonly isOpen: boolean
  readonly isVisible: boolean
  readonly unread: number
  readonly online: boolean
  /** What identify-like calls set (Raychat setUser, ChatraIntegration, Chaport visitor, …). */
  readonly visitor: Readonly<Record<string, unknown>>
  readonly messages: readonly EmulatedMessage[]
  readonly pageViews: readonly EmulatedPageView[]
  /** The effective vendor settings: install globals plus what settings methods changed. */
  readonly settings: Readonly<Record<string, unknown>>
  /** An agent writes: shown in the panel, raises unread while closed, fires the vendor's message event. */
  agentMessage(text: string): void
  /** An automatic invitation (trigger / targeted message) fires, as the vendor's own event where it has one. */
  trigger(text: string): void
  /** As if the visitor typed and sent this text. */
  visitorMessage(text: string): void
  /** As if the visitor clicked the vendor's launcher. */
  open(): void
  /** As if the visitor clicked the panel's close button. */
  close(): void
  goOffline(): void
  goOnline(): void
  /**
   * From now on every call of this vendor method throws `error` (default: an Error naming the
   * method). Returns a function that stops it; `throwOn(method, null)` stops it too.
   */
  throwOn(method: string, error?: Error | null): () => void
  /** Remove the emulator's elements and listeners. The vendor globals stay, as after a real vendor. */
  destroy(): void
}

/**
 * Runs one emulated vendor script, as if its `<script>` had just executed: `script` is that element
 * (`document.currentScript` in a browser). Returns undefined when the vendor would not start.
 */
export type BootEmulator = (
  win: Window,
  script: HTMLScriptElement | null,
  options?: BootOptions,
) => EmulatedVendor | undefined

export interface BootOptions {
  /** Start, but never give the ready signal (Raychat, Chaport and onWebChat have one). */
  neverReady?: boolean
}

/**
 * A fault the next run of a vendor's script shows: `'throw'` throws at the script's top level
 * before the vendor starts (its API never appears); `'never-ready'` starts the vendor but never
 * gives its ready signal.
 */
export type EmulatorFault = 'throw' | 'never-ready'
