// A stub consent platform as TCF v2.2 defines `__tcfapi`: listeners get the current decision, then
// each change; the visitor decides, then changes their mind, mid-visit.
import { afterEach, expect, it } from 'vitest'
import { consentFromTcf, type TcfApi, type TcfData } from './tcf'

function platform(initial: TcfData) {
  const listeners = new Map<number, (data: TcfData, success: boolean) => void>()
  let data = initial
  let next = 1
  const api: TcfApi = (command, version, callback, parameter) => {
    expect(version).toBe(2)
    if (command == 'addEventListener') {
      const id = next++
      listeners.set(id, callback)
      callback({ ...data, listenerId: id }, true)
    } else if (command == 'removeEventListener') {
      listeners.delete(parameter as number)
      callback({}, true)
    }
  }
  return {
    window: { __tcfapi: api } as unknown as Window & { __tcfapi: TcfApi },
    listeners,
    decide(change: TcfData) {
      data = { ...data, ...change }
      for (const [id, listener] of listeners) listener({ ...data, listenerId: id }, true)
    },
  }
}
const consents = (...ids: number[]) => Object.fromEntries(ids.map((id) => [String(id), true]))
const stops: Array<() => void> = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

function follow(cmp: ReturnType<typeof platform>, options = {}) {
  const calls: boolean[] = []
  stops.push(
    consentFromTcf({ setConsent: (on) => calls.push(on) }, { window: cmp.window, ...options }),
  )
  return calls
}

it('waits while the platform asks, grants when the visitor consents, withdraws when they change their mind', () => {
  const cmp = platform({ gdprApplies: true, eventStatus: 'cmpuishown' })
  const calls = follow(cmp)
  expect(calls).toEqual([])
  cmp.decide({ eventStatus: 'useractioncomplete', purpose: { consents: consents(1) } })
  expect(calls).toEqual([true])
  // Another event with the same decision changes nothing.
  cmp.decide({ eventStatus: 'useractioncomplete' })
  expect(calls).toEqual([true])
  cmp.decide({ eventStatus: 'useractioncomplete', purpose: { consents: {} } })
  expect(calls).toEqual([true, false])
})

it('a decision stored on an earlier visit counts at once', () => {
  const calls = follow(
    platform({ gdprApplies: true, eventStatus: 'tcloaded', purpose: { consents: consents(1) } }),
  )
  expect(calls).toEqual([true])
})

it('where TCF does not apply, consent is given', () => {
  expect(follow(platform({ gdprApplies: false, eventStatus: 'tcloaded' }))).toEqual([true])
})

it('needs every purpose asked for, and the vendor’s consent when it has an id', () => {
  const cmp = platform({
    gdprApplies: true,
    eventStatus: 'useractioncomplete',
    purpose: { consents: consents(1) },
    vendor: { consents: {} },
  })
  const calls = follow(cmp, { purposes: [1, 5], vendorId: 42 })
  expect(calls).toEqual([false])
  cmp.decide({ purpose: { consents: consents(1, 5) } })
  expect(calls).toEqual([false])
  cmp.decide({ vendor: { consents: consents(42) } })
  expect(calls).toEqual([false, true])
})

it('stops listening when asked: later decisions do not reach the chat', () => {
  const cmp = platform({ gdprApplies: true, eventStatus: 'cmpuishown' })
  const calls = follow(cmp)
  stops.pop()!()
  expect(cmp.listeners.size).toBe(0)
  cmp.decide({ eventStatus: 'useractioncomplete', purpose: { consents: consents(1) } })
  expect(calls).toEqual([])
})

it('without a platform on the page, a config error that says what to do', () => {
  expect(() => consentFromTcf({ setConsent() {} }, { window: {} as Window })).toThrow(
    expect.objectContaining({ code: 'config', message: expect.stringContaining('__tcfapi') }),
  )
})
