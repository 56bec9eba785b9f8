import { describe, expect, it, vi } from 'vitest'
import { startWhen } from './start'
import { nextTask } from './testSupport'

/** A window whose document is still loading, which jsdom's test document never is. */
function loadingWindow(): Window {
  const target = new EventTarget()
  return Object.assign(target, {
    document: { readyState: 'loading' },
    setTimeout: window.setTimeout.bind(window),
    clearTimeout: window.clearTimeout.bind(window),
  }) as unknown as Window
}

describe('startWhen', () => {
  it("'now' and 'load' on a loaded page start synchronously", () => {
    const start = vi.fn()
    startWhen(window, 'now', start)
    startWhen(window, 'load', start)
    expect(start).toHaveBeenCalledTimes(2)
  })

  it("'load' waits for the window load event while the page is loading", () => {
    const win = loadingWindow()
    const start = vi.fn()
    startWhen(win, 'load', start)
    expect(start).not.toHaveBeenCalled()
    win.dispatchEvent(new Event('load'))
    win.dispatchEvent(new Event('load'))
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('an event with maxDelay starts at whichever comes first, once', async () => {
    const start = vi.fn()
    startWhen(window, { event: 'never-fired', maxDelay: 5 }, start)
    expect(start).not.toHaveBeenCalled()
    await nextTask(20)
    expect(start).toHaveBeenCalledTimes(1)
    window.dispatchEvent(new Event('never-fired'))
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('cancel stops the wait', () => {
    const start = vi.fn()
    const cancel = startWhen(window, 'interaction', start)
    cancel()
    window.dispatchEvent(new Event('pointerdown'))
    expect(start).not.toHaveBeenCalled()
  })
})
