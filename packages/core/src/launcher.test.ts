import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialState } from './initialState'
import { createLauncher, GIVE_WAY_DELAY, type LauncherChat } from './launcher'
import type { ChatState } from './types'

/** A chat whose state the test sets, recording what the launcher asked of it. */
function stubChat() {
  let state: ChatState = initialState
  const listeners = new Set<() => void>()
  const asked: string[] = []
  let retried: Promise<void> = Promise.resolve()
  const chat: LauncherChat & {
    set(patch: Partial<ChatState>): void
    asked: string[]
    failRetry(): void
  } = {
    asked,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    load() {
      asked.push('load')
      return Promise.resolve()
    },
    open: () => asked.push('open'),
    retry() {
      asked.push('retry')
      return retried
    },
    set(patch) {
      state = { ...state, ...patch }
      listeners.forEach((listener) => listener())
    },
    failRetry() {
      retried = Promise.reject(new Error('still blocked'))
    },
  }
  return chat
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a launcher', () => {
  it('says what a server rendered, for hydration, whatever its chat says by then', () => {
    const chat = stubChat()
    chat.set({ status: 'ready', unread: 2, buttonShown: true })
    const launcher = createLauncher(chat, { giveWay: true })
    expect(launcher.getState()).toMatchObject({ status: 'ready', unread: 2, hidden: true })
    const server = launcher.getServerState()
    expect(server).toMatchObject({ status: 'idle', busy: false, hidden: false, unread: 0 })
    expect(server.attributes).toMatchObject({ 'data-status': 'idle', 'data-unread': undefined })
    // The same object each time, as useSyncExternalStore asks.
    expect(launcher.getServerState()).toBe(server)
  })

  it('loads on intent (pointer or focus) and opens on activation, in every state', () => {
    const chat = stubChat()
    const launcher = createLauncher(chat)
    launcher.subscribe(() => {})
    launcher.hover(true)
    chat.set({ status: 'loading' })
    launcher.focus(true)
    expect(launcher.getState()).toMatchObject({ status: 'loading', busy: true, hidden: false })
    launcher.activate()
    chat.set({ status: 'ready' })
    launcher.activate()
    expect(chat.asked).toEqual(['load', 'open', 'open'])
  })

  it('says what its button carries: status, busy while loading, out of reach once it gave way', async () => {
    const chat = stubChat()
    const launcher = createLauncher(chat, { giveWay: true })
    launcher.subscribe(() => {})
    expect(launcher.getState().attributes).toEqual({
      'data-chat-launcher': '',
      'data-status': 'idle',
      'aria-busy': undefined,
      'aria-hidden': undefined,
      tabIndex: undefined,
    })
    chat.set({ status: 'loading' })
    expect(launcher.getState().attributes).toMatchObject({
      'data-status': 'loading',
      'aria-busy': 'true',
    })
    chat.set({ status: 'ready' })
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY)
    expect(launcher.getState().attributes).toMatchObject({ 'aria-hidden': 'true', tabIndex: -1 })
  })

  it('after a failure, activation retries and then opens; a failed retry stays quiet', async () => {
    const chat = stubChat()
    const launcher = createLauncher(chat)
    chat.set({ status: 'error' })
    launcher.activate()
    await vi.advanceTimersByTimeAsync(0)
    expect(chat.asked).toEqual(['retry', 'open'])
    chat.failRetry()
    launcher.activate()
    await vi.advanceTimersByTimeAsync(0)
    expect(chat.asked).toEqual(['retry', 'open', 'retry'])
  })

  it('inline by default: a working button once the vendor is ready, never hidden', async () => {
    const chat = stubChat()
    const launcher = createLauncher(chat)
    launcher.subscribe(() => {})
    chat.set({ status: 'ready' })
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY * 3)
    expect(launcher.getState().hidden).toBe(false)
  })

  it('the same state object until something changes', () => {
    const chat = stubChat()
    const launcher = createLauncher(chat)
    const first = launcher.getState()
    chat.set({ open: true })
    expect(launcher.getState()).toBe(first)
    // Unread messages are shown: a new count, a new state.
    chat.set({ unread: 3 })
    expect(launcher.getState()).toMatchObject({ unread: 3, attributes: { 'data-unread': 3 } })
    const counted = launcher.getState()
    chat.set({ unread: 3, open: false })
    expect(launcher.getState()).toBe(counted)
    chat.set({ status: 'loading' })
    expect(launcher.getState()).not.toBe(counted)
  })
})

describe('a launcher that gives way (a facade where the vendor’s button appears)', () => {
  function facade() {
    const chat = stubChat()
    const launcher = createLauncher(chat, { giveWay: true })
    const renders = vi.fn()
    launcher.subscribe(renders)
    return { chat, launcher, renders }
  }

  it("where the vendor's own button can be seen: gives way the moment it is drawn, never before", async () => {
    const { chat, launcher } = facade()
    chat.set({ status: 'ready', buttonShown: false })
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY * 10)
    // Ready, but its button not drawn: no moment with no button.
    expect(launcher.getState().hidden).toBe(false)
    chat.set({ buttonShown: true })
    // Drawn: never two buttons.
    expect(launcher.getState().hidden).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('where it cannot be seen, a moment after the vendor is ready, not at once', async () => {
    const { chat, launcher, renders } = facade()
    chat.set({ status: 'ready' })
    expect(launcher.getState().hidden).toBe(false)
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY - 1)
    expect(launcher.getState().hidden).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(launcher.getState().hidden).toBe(true)
    expect(renders).toHaveBeenCalled()
  })

  it('never while the visitor points at it or is focused on it: their click or Enter still opens', async () => {
    const { chat, launcher } = facade()
    launcher.hover(true)
    chat.set({ status: 'ready' })
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY * 2)
    expect(launcher.getState().hidden).toBe(false)
    launcher.focus(true)
    launcher.hover(false)
    expect(launcher.getState().hidden).toBe(false)
    launcher.activate()
    expect(chat.asked.at(-1)).toBe('open')
    launcher.focus(false)
    expect(launcher.getState().hidden).toBe(true)
  })

  it('stays where the vendor’s widget is hidden: there would be nothing in its place', async () => {
    const { chat, launcher } = facade()
    chat.set({ status: 'ready', visible: false })
    await vi.advanceTimersByTimeAsync(GIVE_WAY_DELAY)
    expect(launcher.getState().hidden).toBe(false)
    chat.set({ visible: true })
    expect(launcher.getState().hidden).toBe(true)
    chat.set({ status: 'loading' })
    expect(launcher.getState().hidden).toBe(false)
  })

  it('holds no timer once nobody listens', async () => {
    const chat = stubChat()
    const launcher = createLauncher(chat, { giveWay: true })
    const stop = launcher.subscribe(() => {})
    chat.set({ status: 'ready' })
    stop()
    expect(vi.getTimerCount()).toBe(0)
  })
})
