import { afterEach, describe, expect, it, vi } from 'vitest'
import { debounce, PAGE_VIEW_WAIT } from './pageViewDebounce'

afterEach(() => {
  vi.useRealTimers()
})

describe('debounce (page views)', () => {
  it('a burst of navigations sends one, after the last', () => {
    vi.useFakeTimers()
    const send = vi.fn()
    const views = debounce(send)
    views.schedule()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT - 1)
    views.schedule()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT - 1)
    expect(send).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(send).toHaveBeenCalledTimes(1)
  })

  it('navigations further apart each send one; cancel drops a pending one', () => {
    vi.useFakeTimers()
    const send = vi.fn()
    const views = debounce(send)
    views.schedule()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    views.schedule()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT)
    expect(send).toHaveBeenCalledTimes(2)
    views.schedule()
    views.cancel()
    vi.advanceTimersByTime(PAGE_VIEW_WAIT * 2)
    expect(send).toHaveBeenCalledTimes(2)
  })
})
