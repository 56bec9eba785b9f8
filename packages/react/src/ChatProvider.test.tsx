import { emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react'
import { StrictMode, useEffect, useState, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ChatProvider } from './ChatProvider'
import { ChatWidget } from './ChatWidget'
import { useChat } from './useChat'
import { useChatEvent } from './useChatEvent'
import { useChatState } from './useChatState'

const raychatToken = '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04'
const chatraToken = 'z2o3F8GDkNpKD4BYt'
let emulation: VendorEmulation
const scripts = () => document.querySelectorAll('script[data-chatmount]')
/** Let effects, the deferred start and the emulated script load run. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)))

beforeEach(() => {
  emulation = emulateVendors()
})
afterEach(() => {
  cleanup()
  emulation.restore()
  vi.restoreAllMocks()
})

describe('ChatProvider and useChat', () => {
  it('StrictMode: one script, one ready, each callback once; calls made before the chat existed arrive once', async () => {
    const ready = vi.fn()
    function OpensOnMount() {
      const { open, state } = useChat()
      useChatEvent('ready', ready)
      useEffect(() => open(), [open])
      return <p>status: {state.status}</p>
    }
    render(
      <StrictMode>
        <ChatProvider token={raychatToken} load="eager">
          <OpensOnMount />
        </ChatProvider>
      </StrictMode>,
    )
    await waitFor(() => expect(ready).toHaveBeenCalled())
    await settle()
    expect(scripts()).toHaveLength(1)
    // Not even a discarded first mount fetched the vendor.
    expect(emulation.scripts).toHaveLength(1)
    expect(ready).toHaveBeenCalledTimes(1)
    expect(screen.getByText('status: ready')).toBeTruthy()
    // StrictMode runs the effect twice: two open() calls by the app, both delivered, none lost or doubled by us.
    expect(
      emulation.vendor('raychat')!.calls.filter((call) => call.method === 'openWidget'),
    ).toHaveLength(2)
    expect(emulation.vendor('raychat')!.isOpen).toBe(true)
  })

  it('useChat outside a provider says what is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderHook(() => useChat())).toThrow(
      /useChat\(\) must be used inside <ChatProvider>/,
    )
  })

  it('invalid props throw a ChatError("config") during render, naming the option', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<ChatProvider token="undefined">x</ChatProvider>)).toThrow(
      /Invalid option "token"/,
    )
    expect(scripts()).toHaveLength(0)
  })

  it('a new provider or token re-creates the chat; a new visitor identifies once; equal props call nothing', async () => {
    function App({
      provider,
      token,
      name,
    }: {
      provider: 'raychat' | 'chatra'
      token: string
      name: string
    }) {
      return (
        <ChatProvider
          provider={provider}
          token={token}
          load="eager"
          visitor={{ name }}
          options={{}}
        />
      )
    }
    const { rerender } = render(<App provider="raychat" token={raychatToken} name="Ada" />)
    await waitFor(() => expect(emulation.vendor('raychat')?.ready).toBe(true))
    await settle()
    const first = emulation.vendor('raychat')!
    expect(first.calls.filter((call) => call.method === 'setUser')).toHaveLength(1)

    rerender(<App provider="raychat" token={raychatToken} name="Ada" />)
    await settle()
    expect(first.calls.filter((call) => call.method === 'setUser')).toHaveLength(1)

    rerender(<App provider="raychat" token={raychatToken} name="Grace" />)
    await settle()
    const setUser = first.calls.filter((call) => call.method === 'setUser')
    expect(setUser).toHaveLength(2)
    expect(setUser[1]!.args[0]).toMatchObject({ name: 'Grace' })
    expect(emulation.scripts).toHaveLength(1)

    rerender(<App provider="chatra" token={chatraToken} name="Grace" />)
    await waitFor(() => expect(emulation.vendor('chatra')?.ready).toBe(true))
    expect(scripts()).toHaveLength(1)
    expect((scripts()[0] as HTMLScriptElement).dataset.chatmount).toBe('chatra')
    expect((window as any).Raychat).toBeUndefined()
    expect(emulation.vendor('chatra')!.visitor).toMatchObject({ name: 'Grace' })
  })

  it('a visitor gone (logout) resets the vendor’s visitor', async () => {
    function App({ user }: { user?: { name: string } }) {
      return <ChatProvider provider="chatra" token={chatraToken} load="eager" visitor={user} />
    }
    const { rerender } = render(<App user={{ name: 'Ada' }} />)
    await waitFor(() => expect(emulation.vendor('chatra')?.ready).toBe(true))
    const vendor = emulation.vendor('chatra')!
    expect(vendor.visitor).toMatchObject({ name: 'Ada' })
    rerender(<App />)
    await settle()
    expect(vendor.calls.map((call) => call.method).slice(-2)).toEqual([
      'setIntegrationData',
      'restart',
    ])
    expect(vendor.visitor).toEqual({})
  })

  it('consent follows the prop: nothing loads until it is granted, revoking tears down', async () => {
    function App({ consent }: { consent: boolean }) {
      return <ChatProvider token={raychatToken} load="eager" consent={consent} />
    }
    const { rerender } = render(<App consent={false} />)
    await settle()
    expect(scripts()).toHaveLength(0)
    rerender(<App consent />)
    await settle()
    expect(scripts()).toHaveLength(1)
    rerender(<App consent={false} />)
    await settle()
    expect(scripts()).toHaveLength(0)
    expect((window as any).Raychat).toBeUndefined()
  })

  it('unmounting removes everything', async () => {
    const { unmount } = render(<ChatWidget token={raychatToken} load="eager" />)
    await settle()
    expect(scripts()).toHaveLength(1)
    unmount()
    expect(scripts()).toHaveLength(0)
    expect((window as any).RAYCHAT_TOKEN).toBeUndefined()
  })
})

describe('useChatState', () => {
  it('re-renders only when the selected value changes', async () => {
    let renders = 0
    function Open() {
      renders++
      return <p>{String(useChatState((state) => state.open))}</p>
    }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ChatProvider token={raychatToken} load="eager">
        {children}
      </ChatProvider>
    )
    render(<Open />, { wrapper })
    await waitFor(() => expect(emulation.vendor('raychat')?.ready).toBe(true))
    await settle()
    const before = renders
    // status went idle → waiting → loading → ready meanwhile; `open` stayed false.
    expect(before).toBe(1)
    act(() => emulation.vendor('raychat')!.open())
    expect(renders).toBe(before + 1)
    expect(screen.getByText('true')).toBeTruthy()
  })
})

describe('useChatEvent', () => {
  it('always calls the latest handler, through one subscription', async () => {
    const seen: string[] = []
    function Log() {
      const [label, setLabel] = useState('first')
      useChatEvent('message', (message) => seen.push(`${label}:${message.text}`))
      return (
        <button type="button" onClick={() => setLabel('second')}>
          relabel
        </button>
      )
    }
    render(
      <StrictMode>
        <ChatProvider token={raychatToken} load="eager">
          <Log />
        </ChatProvider>
      </StrictMode>,
    )
    await waitFor(() => expect(emulation.vendor('raychat')?.ready).toBe(true))
    await settle()
    act(() => emulation.vendor('raychat')!.agentMessage('hi'))
    act(() => screen.getByText('relabel').click())
    act(() => emulation.vendor('raychat')!.agentMessage('again'))
    expect(seen).toEqual(['first:hi', 'second:again'])
  })
})
