import { ChatError } from '../chatError'
import { consentReporter, type ConsentTarget } from './consentTarget'

/** What a TCF v2.2 consent platform answers (`tcData`), as far as a chat needs it. */
export interface TcfData {
  gdprApplies?: boolean
  /** `tcloaded` (a decision stored before), `useractioncomplete` (just decided), `cmpuishown` (asking). */
  eventStatus?: string
  listenerId?: number
  purpose?: { consents?: Record<string, boolean> }
  vendor?: { consents?: Record<string, boolean> }
}

/** The page's `__tcfapi`, the IAB TCF v2.2 command function every conforming platform defines. */
export type TcfApi = (
  command: string,
  version: number,
  callback: (data: TcfData, success: boolean) => void,
  parameter?: unknown,
) => void

export interface TcfOptions {
  /**
   * The purposes whose consent the chat needs. Default `[1]`, "store and/or access information on
   * a device": a chat widget keeps the conversation in cookies and storage, and that is all it does
   * on its own; add others (say `[1, 5]`, personalised content) if your vendor's profile needs them.
   */
  purposes?: readonly number[]
  /** The vendor's id in IAB's Global Vendor List, where it has one: its consent is needed too. */
  vendorId?: number
  /** The window the platform runs in (default: this one). */
  window?: Window & { __tcfapi?: TcfApi }
}

/**
 * Follow an IAB TCF v2.2 consent platform: `setConsent(true)` once the visitor has consented to the
 * purposes a chat needs (and to the vendor, with `vendorId`), `setConsent(false)` when they refuse
 * or take it back, nothing while the platform is still asking. Where TCF does not apply
 * (`gdprApplies: false`) consent is given. Start the chat with `consent: false` and call this once
 * the platform's stub is on the page (it defines `__tcfapi`); it answers how to stop listening.
 */
export function consentFromTcf(chat: ConsentTarget, options: TcfOptions = {}): () => void {
  const { purposes = [1], vendorId } = options
  const api = (options.window ?? (window as TcfOptions['window']))?.__tcfapi
  if (typeof api != 'function') {
    throw new ChatError(
      'config',
      'consentFromTcf: there is no __tcfapi on the page; load the consent platform (its stub) first.',
    )
  }
  const report = consentReporter(chat)
  let listenerId: number | undefined
  let stopped = false
  const stop = () => {
    stopped = true
    if (listenerId !== undefined) api('removeEventListener', 2, () => {}, listenerId)
  }
  api('addEventListener', 2, (data, success) => {
    if (!success || !data) return
    listenerId = data.listenerId
    if (stopped) return stop()
    if (data.eventStatus == 'cmpuishown') return
    const consented = (consents: Record<string, boolean> | undefined, id: number) =>
      consents?.[id] === true
    report(
      data.gdprApplies === false ||
        (purposes.every((purpose) => consented(data.purpose?.consents, purpose)) &&
          (vendorId === undefined || consented(data.vendor?.consents, vendorId))),
    )
  })
  return stop
}
