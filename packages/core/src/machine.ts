import type { ChatError } from './chatError'
import type { ChatStatus } from './types'

/**
 * Where one chat's vendor stands, with what that phase holds. `A` is the vendor attempt in the
 * page (its provider, context, script), opaque here: this module is the rules, not the doing.
 */
export type Phase<A> =
  /** Nothing asked yet: outside a browser, before the creating task ends, or `manual` before `load()`. */
  | { readonly name: 'idle' }
  /** Consent is withheld: nothing may load or stay. */
  | { readonly name: 'consent' }
  /** The load strategy is armed (idle, interaction, visible). */
  | { readonly name: 'scheduled' }
  /** Going to install: the provider's own chunk, or a gone chat's script still downloading, is awaited. */
  | { readonly name: 'fetching' }
  /** Installed: its script and its ready signal are awaited, against the timeout. */
  | { readonly name: 'loading'; readonly attempt: A }
  /**
   * Its script ran and the vendor waits on purpose (for the visitor, the app, or a while): no
   * timeout. `byCall`: it waits for the app's own call (its start method), so calls go to it now.
   */
  | { readonly name: 'deferred'; readonly attempt: A; readonly byCall?: boolean }
  | { readonly name: 'ready'; readonly attempt: A }
  /** Loading failed; a vendor that timed out is kept (its script may still arrive, or it may still start). */
  | { readonly name: 'failed'; readonly error: ChatError; readonly attempt?: A }
  | { readonly name: 'destroyed' }

/** The machine: where the vendor is, apart from what the app wants (consent, loading asked for). */
export interface Machine<A> {
  readonly phase: Phase<A>
  readonly consent: boolean
  /** `load()`, `open()` or `retry()` asked for the vendor: no strategy waits any more. */
  readonly asked: boolean
  /** The strategy is `manual`: nothing loads until asked. */
  readonly manual: boolean
}

export type MachineEvent<A> =
  /** The creating task is over, in a browser: wait for consent and the strategy. */
  | { readonly type: 'arm' }
  | { readonly type: 'consent'; readonly granted: boolean }
  /** The strategy fired. */
  | { readonly type: 'due' }
  /**
   * `load()` and `retry()`, or intent (`open()`): after a failure intent alone does not load again.
   * `inFlight`: the failed attempt's script is still downloading (a second request would run the
   * vendor twice), so loading waits for it longer.
   */
  | { readonly type: 'load'; readonly intent?: boolean; readonly inFlight?: boolean }
  /** What `fetching` waited for is here: install now. */
  | { readonly type: 'fetched' }
  | { readonly type: 'installed'; readonly attempt: A }
  | { readonly type: 'deferred'; readonly attempt: A; readonly byCall?: boolean }
  | { readonly type: 'resumed'; readonly attempt: A }
  | { readonly type: 'started'; readonly attempt: A }
  /** The load failed: the provider's chunk, the page's refusal, the install, the script. */
  | { readonly type: 'failed'; readonly error: ChatError; readonly attempt?: A }
  | { readonly type: 'timeout'; readonly error: ChatError }
  | { readonly type: 'destroy' }

/**
 * What a transition asks the engine to do, in order. Besides these, leaving `scheduled` cancels the
 * strategy, and leaving `fetching`/`loading` stops the timeout.
 * - `schedule`: arm the strategy (it fires `due`).
 * - `timer`: (re)start the timeout (it fires `timeout`).
 * - `install`: install the vendor, or wait for what is in the way (`fetched`, `installed`, `failed`).
 * - `end`: take the previous phase's vendor out of the page.
 * - `started`: wire the vendor's events, hand it the kept calls, say `ready`.
 * - `settle`: answer `ready()` (resolve, or reject with the error).
 * - `report`: the new phase's error goes to the app.
 * - `forget`: consent was withdrawn: remove what the vendor stored.
 */
export type Effect =
  'schedule' | 'timer' | 'install' | 'end' | 'started' | 'settle' | 'report' | 'forget'

type Step<A> = [Machine<A>, Effect[]]

/** The public status of a phase. */
export function statusOf(phase: Phase<unknown>): ChatStatus {
  const { name } = phase
  return name == 'failed'
    ? 'error'
    : name == 'consent' || name == 'scheduled' || name == 'deferred'
      ? 'waiting'
      : name == 'fetching'
        ? 'loading'
        : name
}

/** The one place a chat's lifecycle changes: the next machine and what to do, for an event. */
export function transition<A>(machine: Machine<A>, event: MachineEvent<A>): Step<A> {
  const { phase } = machine
  const attempt = 'attempt' in phase ? phase.attempt : undefined
  const to = (next: Phase<A>, effects: Effect[] = [], change?: Partial<Machine<A>>): Step<A> => [
    { ...machine, ...change, phase: next },
    effects,
  ]
  const stay: Step<A> = [machine, []]
  const fetch = (change?: Partial<Machine<A>>, effects: Effect[] = []) =>
    to({ name: 'fetching' }, [...effects, 'timer', 'install'], change)
  const ours = 'attempt' in event && event.attempt == attempt

  /** Consent and the strategy decide what comes next. */
  const arm = (change?: Partial<Machine<A>>): Step<A> => {
    const { consent, asked, manual } = { ...machine, ...change }
    if (!consent) return to({ name: 'consent' }, [], change)
    if (asked) return fetch(change)
    return manual
      ? to({ name: 'idle' }, [], change)
      : to({ name: 'scheduled' }, ['schedule'], change)
  }

  if (phase.name == 'destroyed') return stay
  switch (event.type) {
    case 'destroy':
      return to({ name: 'destroyed' }, ['end', 'settle'])
    case 'arm':
      return phase.name == 'idle' ? arm() : stay
    case 'consent':
      if (event.granted == machine.consent) return stay
      // Granted before the chat is armed (or outside a browser, where it never is): noted for then.
      if (event.granted)
        return phase.name == 'consent' ? arm({ consent: true }) : to(phase, [], { consent: true })
      // Withdrawn: what was asked for goes too, so granting again waits for the strategy afresh.
      return to({ name: 'consent' }, ['end', 'forget'], { consent: false, asked: false })
    case 'due':
      return phase.name == 'scheduled' ? fetch() : stay
    case 'load': {
      const asked = { asked: true }
      if (!machine.consent) return to(phase, [], asked)
      if (phase.name == 'failed') {
        if (event.intent) return stay
        return event.inFlight && attempt
          ? to({ name: 'loading', attempt }, ['timer'], asked)
          : fetch(asked, ['end'])
      }
      return phase.name == 'idle' || phase.name == 'scheduled' ? fetch(asked) : to(phase, [], asked)
    }
    case 'fetched':
      return phase.name == 'fetching' ? [machine, ['install']] : stay
    case 'installed':
      return phase.name == 'fetching' ? to({ name: 'loading', attempt: event.attempt }) : stay
    case 'deferred':
      return ours && (phase.name == 'loading' || phase.name == 'failed')
        ? to({ name: 'deferred', attempt: event.attempt, byCall: event.byCall })
        : stay
    case 'resumed':
      return ours && phase.name == 'deferred'
        ? to({ name: 'loading', attempt: event.attempt }, ['timer'])
        : stay
    case 'started':
      return ours && phase.name != 'ready'
        ? to({ name: 'ready', attempt: event.attempt }, ['started', 'settle'])
        : stay
    case 'failed':
      // Without an attempt, from installing; with one, only from the one in the page.
      return (event.attempt ? ours && phase.name != 'ready' : phase.name == 'fetching')
        ? to({ name: 'failed', error: event.error }, ['end', 'report', 'settle'])
        : stay
    case 'timeout':
      return phase.name == 'fetching' || phase.name == 'loading'
        ? to({ name: 'failed', error: event.error, attempt }, ['report', 'settle'])
        : stay
  }
}
