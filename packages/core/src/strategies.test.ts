import { afterEach, describe, expect, it, vi } from 'vitest'
import { createChat } from './createChat'
import { IDLE_MAX_WAIT } from './strategies'
import type { LoadStrategy } from './types'
import { endFakeDownloads, fake, fakeScripts } from './__fixtures__/fakeProvider'

const chats: Array<{ destroy(): void }> = []
function chat(load: LoadStrategy, target?: Element | string) {
  const client = createChat({ provider: fake, token: 'hello', load, target })
  chats.push(client)
  return client
}

afterEach(() => {
  chats.splice(0).forEach((client) => client.destroy())
  endFakeDownloads()
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.replaceChildren()
})

describe('load strategies', () => {
  it('eager: the script is added right after creation', async () => {
    vi.useFakeTimers()
    const client = chat('eager')
    await vi.advanceTimersByTimeAsync(0)
    expect(fakeScripts()).toHaveLength(1)
    expect(client.getState().status).toBe('loading')
  })

  it('idle: loads when the browser is idle', async () => {
    vi.useFakeTimers()
    const idle: Array<() => void> = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
    vi.stubGlobal('cancelIdleCallback', () => {})
    const client = chat('idle')
    await vi.advanceTimersByTimeAsync(100)
    expect(client.getState().status).toBe('waiting')
    expect(fakeScripts()).toHaveLength(0)
    idle.forEach((callback) => callback())
    expect(fakeScripts()).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT)
    expect(fakeScripts()).toHaveLength(1)
  })

  it('idle: a page that is never idle still loads after a bounded wait', async () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', () => 1) // never calls back: a busy page
    vi.stubGlobal('cancelIdleCallback', () => {})
    chat('idle')
    await vi.advanceTimersByTimeAsync(IDLE_MAX_WAIT - 1)
    expect(fakeScripts()).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(fakeScripts()).toHaveLength(1)
  })

  it.each(['pointerdown', 'keydown', 'touchstart', 'scroll'])(
    'interaction: waits for the first %s',
    async (type) => {
      const client = chat('interaction')
      await Promise.resolve()
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(fakeScripts()).toHaveLength(0)
      expect(client.getState().status).toBe('waiting')
      document.body.dispatchEvent(new Event(type, { bubbles: true }))
      expect(fakeScripts()).toHaveLength(1)
      window.dispatchEvent(new Event(type))
      expect(fakeScripts()).toHaveLength(1)
    },
  )

  it('visible: loads when the target element comes into view', async () => {
    const observers: Array<{
      fire(visible: boolean): void
      target?: Element
      disconnected: boolean
    }> = []
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        disconnected = false
        target?: Element
        constructor(private callback: (entries: Array<{ isIntersecting: boolean }>) => void) {
          observers.push(this)
        }
        observe(target: Element) {
          this.target = target
        }
        disconnect() {
          this.disconnected = true
        }
        fire(visible: boolean) {
          this.callback([{ isIntersecting: visible }])
        }
      },
    )
    const footer = document.createElement('footer')
    footer.id = 'contact'
    document.body.appendChild(footer)
    chat('visible', '#contact')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(observers[0]?.target).toBe(footer)
    observers[0]!.fire(false)
    expect(fakeScripts()).toHaveLength(0)
    observers[0]!.fire(true)
    expect(fakeScripts()).toHaveLength(1)
    expect(observers[0]!.disconnected).toBe(true)
  })

  it('manual: only load() starts it', async () => {
    vi.useFakeTimers()
    const client = chat('manual')
    await vi.advanceTimersByTimeAsync(60_000)
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    expect(fakeScripts()).toHaveLength(0)
    expect(client.getState().status).toBe('idle')
    client.load().catch(() => {})
    expect(fakeScripts()).toHaveLength(1)
  })

  it.each<LoadStrategy>(['idle', 'interaction', 'manual'])(
    '%s: open() starts loading at once',
    async (load) => {
      vi.useFakeTimers()
      vi.stubGlobal('requestIdleCallback', () => 1)
      vi.stubGlobal('cancelIdleCallback', () => {})
      const client = chat(load)
      await vi.advanceTimersByTimeAsync(0)
      expect(fakeScripts()).toHaveLength(0)
      client.open()
      expect(fakeScripts()).toHaveLength(1)
    },
  )

  it('visible: open() starts loading before the target is seen', async () => {
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        observe() {}
        disconnect() {}
      },
    )
    document.body.appendChild(document.createElement('footer'))
    const client = chat('visible', 'footer')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(fakeScripts()).toHaveLength(0)
    client.open()
    expect(fakeScripts()).toHaveLength(1)
  })
})
