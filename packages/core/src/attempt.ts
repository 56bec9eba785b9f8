import type { AnyProvider, ProviderContext, VendorWindow } from './defineProvider'
import { takeOut } from './takeOut'
import type { LoadStrategy, Unsubscribe } from './types'
import type { VendorScript } from './vendorScript'

/** Whoever holds a vendor in the page hears it through this: its chat, or once that is gone, its orphan watch. */
export interface Holder {
  /** The provider settings the vendor's hooks read now. */
  settings(): object
  /** What the vendor reported through `ctx.emit`. */
  heard(event: string, payload?: unknown): void
  /** Its ready signal (`whenReady`) fired. */
  started(): void
}

/** One install of a vendor in a page: what it is, what its hooks got, its script, and what undoes it. */
export interface Attempt {
  readonly provider: AnyProvider
  /** Every hook of this install gets this one context; it reaches whoever holds the attempt now. */
  readonly ctx: ProviderContext
  script?: VendorScript
  /** What undoes it besides the vendor itself: its timers and listeners. */
  readonly cleanups: Array<Unsubscribe | void>
  holder: Holder
  /** Its ready signal fired while no chat held it. */
  started?: boolean
}

/** How often a vendor without a ready signal is checked for its API, once its script has run. */
const STARTED_POLL = 100

export function createAttempt(
  provider: AnyProvider,
  window: VendorWindow,
  token: string,
  holderOf: (attempt: Attempt) => Holder,
): Attempt {
  // Its holder comes next: it is made for this attempt.
  const attempt = {
    provider,
    cleanups: [],
    ctx: {
      window,
      document: window.document,
      token,
      get options() {
        return attempt.holder.settings()
      },
      emit: (event: string, payload?: unknown) => attempt.holder.heard(event, payload),
    },
  } as Omit<Attempt, 'holder'> as Attempt
  attempt.holder = holderOf(attempt)
  return attempt
}

/** Listen for the vendor's ready signal, where it has one; set up before its script is added. */
export function watchReady(attempt: Attempt): void {
  const { provider, ctx, cleanups } = attempt
  cleanups.push(provider.whenReady?.(ctx, () => attempt.holder.started()))
}

/**
 * The attempt's script has run. A vendor that starts later on purpose says so (`deferred`, then
 * `resumed` when the wait is over, the visitor's first interaction by `schedule`); one without a
 * ready signal is `started` once its own API is there (checked now, then every 100 ms).
 */
export function afterArrival(
  attempt: Attempt,
  report: (event: 'deferred' | 'resumed' | 'started', byCall?: boolean) => void,
  schedule: (start: () => void, load: LoadStrategy) => Unsubscribe,
): void {
  const { provider, ctx, cleanups } = attempt
  const { window } = ctx
  const later = provider.deferredStart?.(ctx)
  if (later !== undefined) {
    report('deferred', later == 'call')
    const resume = () => report('resumed')
    if (later == 'interaction') cleanups.push(schedule(resume, 'interaction'))
    if (typeof later == 'number') {
      const wait = window.setTimeout(resume, later)
      cleanups.push(() => window.clearTimeout(wait))
    }
  }
  if (provider.whenReady) return
  const check = () =>
    (provider.hasStarted?.(ctx) ?? true) && (window.clearInterval(poll), report('started'))
  const poll = window.setInterval(check, STARTED_POLL)
  cleanups.push(() => window.clearInterval(poll))
  check()
}

/**
 * Take the vendor out of the page: its listeners and timers, then the vendor itself (its script is
 * the caller's to remove or orphan). Returns what the vendor's teardown threw, if anything.
 */
export function endAttempt({ provider, ctx, cleanups }: Attempt): unknown {
  cleanups.splice(0).forEach((cleanup) => cleanup?.())
  return takeOut(provider, ctx)
}
