import { describe, expect, it, vi } from 'vitest'
import { createRecorder, drainEach } from './recorder'

describe('recorder', () => {
  it('records calls with a copy of their arguments', () => {
    const recorder = createRecorder('Vendor')
    const args = ['a', 1]
    recorder.enter('method', args)
    args.push('later')
    expect(recorder.calls).toEqual([{ method: 'method', args: ['a', 1] }])
  })

  it('throws for an armed method until stopped, and only for that method', () => {
    const recorder = createRecorder('Vendor')
    const stop = recorder.throwOn('open')
    expect(() => recorder.enter('open', [])).toThrow('Vendor.open failed (emulated)')
    expect(() => recorder.enter('close', [])).not.toThrow()
    stop()
    expect(() => recorder.enter('open', [])).not.toThrow()
    expect(recorder.calls.map((call) => call.method)).toEqual(['open', 'close', 'open'])
  })

  it('a stale stop function does not disarm a newer throwOn', () => {
    const recorder = createRecorder('Vendor')
    const stopFirst = recorder.throwOn('open')
    recorder.throwOn('open', new RangeError('second'))
    stopFirst()
    expect(() => recorder.enter('open', [])).toThrow(RangeError)
    recorder.throwOn('open', null)
    expect(() => recorder.enter('open', [])).not.toThrow()
  })
})

describe('drainEach', () => {
  it('runs every entry in order and reports a throwing one without stopping', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const ran: number[] = []
    drainEach([1, 2, 3], 'Vendor', (entry) => {
      ran.push(entry)
      if (entry === 2) throw new Error('bad entry')
    })
    expect(ran).toEqual([1, 2, 3])
    expect(error).toHaveBeenCalledTimes(1)
    error.mockRestore()
  })
})
