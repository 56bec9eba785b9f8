// @vitest-environment node
// The lifecycle as a table: (phase, what the app wants, event) → (phase, effects). No DOM, no
// timers: every awkward path of the engine is one row here.
import { describe, expect, it } from 'vitest'
import { ChatError } from './chatError'
import {
  statusOf,
  transition,
  type Effect,
  type Machine,
  type MachineEvent,
  type Phase,
} from './machine'

type A = string
const error = new ChatError('load_failed', 'fake: blocked')
const timedOut = new ChatError('timeout', 'fake: not ready')

const at = (phase: Phase<A>, wants: Partial<Machine<A>> = {}): Machine<A> => ({
  phase,
  consent: true,
  asked: false,
  manual: false,
  ...wants,
})
const idle: Phase<A> = { name: 'idle' }
const consent: Phase<A> = { name: 'consent' }
const scheduled: Phase<A> = { name: 'scheduled' }
const fetching: Phase<A> = { name: 'fetching' }
const loading: Phase<A> = { name: 'loading', attempt: 'a' }
const deferred: Phase<A> = { name: 'deferred', attempt: 'a' }
const ready: Phase<A> = { name: 'ready', attempt: 'a' }
const failed: Phase<A> = { name: 'failed', error }
const failedKept: Phase<A> = { name: 'failed', error: timedOut, attempt: 'a' }
const destroyed: Phase<A> = { name: 'destroyed' }

type Row = [
  description: string,
  from: Machine<A>,
  event: MachineEvent<A>,
  to: Phase<A>,
  effects: Effect[],
  wants?: Partial<Machine<A>>,
]

const rows: Row[] = [
  // Arming, once the creating task is over.
  ['armed: the strategy waits', at(idle), { type: 'arm' }, scheduled, ['schedule']],
  ['armed without consent: nothing', at(idle, { consent: false }), { type: 'arm' }, consent, []],
  ['armed with manual: still idle', at(idle, { manual: true }), { type: 'arm' }, idle, []],
  [
    'armed after load() in the creating task: fetching',
    at(idle, { asked: true }),
    { type: 'arm' },
    fetching,
    ['timer', 'install'],
  ],
  ['armed twice: the second does nothing', at(loading), { type: 'arm' }, loading, []],
  ['the strategy fires', at(scheduled), { type: 'due' }, fetching, ['timer', 'install']],
  ['the strategy fires late: nothing', at(loading), { type: 'due' }, loading, []],

  // Consent.
  ...[scheduled, fetching, loading, deferred, ready, failed, failedKept].map((phase): Row => [
    `consent withdrawn while ${phase.name}: the vendor goes and what it stored is forgotten`,
    at(phase, { asked: true }),
    { type: 'consent', granted: false },
    consent,
    ['end', 'forget'],
    { consent: false, asked: false },
  ]),
  [
    'consent granted again after load() had been asked: the strategy waits afresh (it was skipped)',
    at(consent, { consent: false, asked: false }),
    { type: 'consent', granted: true },
    scheduled,
    ['schedule'],
    { consent: true },
  ],
  [
    'consent granted after load() was asked without it: loads',
    at(consent, { consent: false, asked: true }),
    { type: 'consent', granted: true },
    fetching,
    ['timer', 'install'],
  ],
  [
    'consent granted before the chat is armed (or on the server): noted, nothing yet',
    at(idle, { consent: false }),
    { type: 'consent', granted: true },
    idle,
    [],
    { consent: true },
  ],
  ['consent granted twice: nothing', at(ready), { type: 'consent', granted: true }, ready, []],

  // Asking for the vendor: load(), retry(), open().
  [
    'load() while idle',
    at(idle, { manual: true }),
    { type: 'load' },
    fetching,
    ['timer', 'install'],
  ],
  [
    'load() while the strategy waits',
    at(scheduled),
    { type: 'load' },
    fetching,
    ['timer', 'install'],
  ],
  [
    'load() without consent: remembered, nothing loads',
    at(consent, { consent: false }),
    { type: 'load' },
    consent,
    [],
    { asked: true },
  ],
  ['load() while loading: nothing more', at(loading), { type: 'load' }, loading, []],
  ['load() while the vendor defers: nothing more', at(deferred), { type: 'load' }, deferred, []],
  [
    'open() after a failure: nothing (a click is not a retry)',
    at(failed),
    { type: 'load', intent: true },
    failed,
    [],
  ],
  [
    'retry() after a failure: the failed vendor goes, loading again',
    at(failedKept),
    { type: 'load' },
    fetching,
    ['end', 'timer', 'install'],
  ],
  [
    'retry() after a timeout, its script still downloading: waits for it longer, no second request',
    at(failedKept),
    { type: 'load', inFlight: true },
    loading,
    ['timer'],
  ],

  // Installing.
  ['the provider chunk is here', at(fetching), { type: 'fetched' }, fetching, ['install']],
  ['the provider chunk is here, too late', at(failed), { type: 'fetched' }, failed, []],
  ['installed', at(fetching), { type: 'installed', attempt: 'a' }, loading, []],
  [
    'the provider chunk failed',
    at(fetching),
    { type: 'failed', error },
    failed,
    ['end', 'report', 'settle'],
  ],

  // The vendor.
  [
    'its script ran and it defers on purpose',
    at(loading),
    { type: 'deferred', attempt: 'a' },
    deferred,
    [],
  ],
  [
    'it waits for the app to call its start method: calls go to it now',
    at(loading),
    { type: 'deferred', attempt: 'a', byCall: true },
    { name: 'deferred', attempt: 'a', byCall: true },
    [],
  ],
  [
    'it defers after a timeout: waiting, the error gone',
    at(failedKept),
    { type: 'deferred', attempt: 'a' },
    deferred,
    [],
  ],
  ['its wait is over', at(deferred), { type: 'resumed', attempt: 'a' }, loading, ['timer']],
  ['ready', at(loading), { type: 'started', attempt: 'a' }, ready, ['started', 'settle']],
  [
    'ready while deferring',
    at(deferred),
    { type: 'started', attempt: 'a' },
    ready,
    ['started', 'settle'],
  ],
  [
    'ready after a timeout: ready after all',
    at(failedKept),
    { type: 'started', attempt: 'a' },
    ready,
    ['started', 'settle'],
  ],
  ['ready twice: nothing', at(ready), { type: 'started', attempt: 'a' }, ready, []],
  [
    'another attempt says ready: nothing',
    at(loading),
    { type: 'started', attempt: 'b' },
    loading,
    [],
  ],
  [
    'its script failed',
    at(loading),
    { type: 'failed', error, attempt: 'a' },
    failed,
    ['end', 'report', 'settle'],
  ],
  [
    'another attempt failed: nothing',
    at(loading),
    { type: 'failed', error, attempt: 'b' },
    loading,
    [],
  ],
  ['a failure once ready: nothing', at(ready), { type: 'failed', error, attempt: 'a' }, ready, []],
  [
    'a failure without an attempt while loading: nothing (only installing fails so)',
    at(loading),
    { type: 'failed', error },
    loading,
    [],
  ],

  // The timeout.
  [
    'timed out while loading: an error, the vendor kept (its script may still come)',
    at(loading),
    { type: 'timeout', error: timedOut },
    failedKept,
    ['report', 'settle'],
  ],
  [
    'timed out while fetching the provider',
    at(fetching),
    { type: 'timeout', error: timedOut },
    { name: 'failed', error: timedOut },
    ['report', 'settle'],
  ],
  [
    'no timeout while the vendor defers',
    at(deferred),
    { type: 'timeout', error: timedOut },
    deferred,
    [],
  ],

  // Destroy.
  ...[idle, consent, scheduled, fetching, loading, deferred, ready, failed, failedKept].map(
    (phase): Row => [
      `destroyed while ${phase.name}`,
      at(phase),
      { type: 'destroy' },
      destroyed,
      ['end', 'settle'],
    ],
  ),
  ...(['arm', 'due', 'load', 'fetched', 'destroy'] as const).map((type): Row => [
    `${type} once destroyed: nothing`,
    at(destroyed),
    { type },
    destroyed,
    [],
  ]),
  [
    'consent once destroyed: nothing',
    at(destroyed),
    { type: 'consent', granted: false },
    destroyed,
    [],
  ],
]

describe('transition', () => {
  it.each(rows)('%s', (_, from, event, phase, effects, wants) => {
    const [next, todo] = transition(from, event)
    expect(next.phase).toEqual(phase)
    expect(todo).toEqual(effects)
    if (wants) expect(next).toMatchObject(wants)
  })

  it('changes nothing where nothing happens: the same machine', () => {
    const machine = at(ready)
    expect(transition(machine, { type: 'due' })[0]).toBe(machine)
  })
})

describe('statusOf', () => {
  it.each([
    [idle, 'idle'],
    [consent, 'waiting'],
    [scheduled, 'waiting'],
    [fetching, 'loading'],
    [loading, 'loading'],
    [deferred, 'waiting'],
    [ready, 'ready'],
    [failed, 'error'],
    [destroyed, 'destroyed'],
  ] as const)('%o is %s', (phase, status) => {
    expect(statusOf(phase)).toBe(status)
  })
})
