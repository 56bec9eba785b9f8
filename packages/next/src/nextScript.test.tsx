import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp, settle, vendorScripts } from './__fixtures__/appRouter'
import { ChatWidget, useChat } from './index'

// next/script remembers ids and sources for the life of the page, as the widget does: each test
// here uses another provider, so each starts with ids next/script has not seen.
let emulation: VendorEmulation
beforeEach(() => {
  emulation = emulateVendors()
})
afterEach(() => {
  cleanup()
  emulation.restore()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

describe('the vendor script goes through next/script', () => {
  it('one script with a stable id, the nonce and the afterInteractive strategy for eager; onReady once', async () => {
    const onReady = vi.fn()
    renderApp(
      '/',
      <ChatWidget
        provider="chaport"
        token={demoTokens.chaport}
        load="eager"
        nonce="r4nd0m=="
        onReady={onReady}
      />,
    )
    await waitFor(() => expect(onReady).toHaveBeenCalled())
    const [script, ...more] = vendorScripts()
    expect(more).toHaveLength(0)
    expect(script!.id).toBe('chatmount-chaport')
    expect(script!.getAttribute('data-nscript')).toBe('afterInteractive')
    expect(script!.getAttribute('nonce')).toBe('r4nd0m==')
    expect(script!.getAttribute('data-chatmount')).toBe('chaport')
    expect(emulation.vendor('chaport')?.ready).toBe(true)
    expect(onReady).toHaveBeenCalledTimes(1)
  })

  it('idle starts when the page is idle, then next/script adds it lazyOnload', async () => {
    const idle: Array<() => void> = []
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run))
    vi.stubGlobal('cancelIdleCallback', () => {})
    renderApp('/', <ChatWidget provider="chatra" token={demoTokens.chatra} />)
    await settle()
    expect(vendorScripts()).toHaveLength(0)
    act(() => idle.shift()!())
    // The provider's chunk first: a loaded machine may take longer than a fixed wait to import it.
    await waitFor(() => expect(vendorScripts()).toHaveLength(1))
    const [script] = vendorScripts()
    expect(script?.id).toBe('chatmount-chatra')
    expect(script?.getAttribute('data-nscript')).toBe('lazyOnload')
    await waitFor(() => expect(emulation.vendor('chatra')?.ready).toBe(true))
  })

  it('a blocked script reaches onError; retry adds one fresh script (core’s: next/script will not retry a src) and recovers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    emulation.fail('onwebchat', 'error')
    const onError = vi.fn()
    let retry!: () => Promise<void>
    function Retry() {
      retry = useChat().retry
      return null
    }
    renderApp(
      '/',
      <ChatWidget provider="onwebchat" token={demoTokens.onwebchat} load="eager" onError={onError}>
        <Retry />
      </ChatWidget>,
    )
    await waitFor(() =>
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'load_failed' })),
    )
    expect(vendorScripts()).toHaveLength(0)
    emulation.fail('onwebchat', 'load')
    await act(() => retry())
    const [script, ...more] = vendorScripts()
    expect(more).toHaveLength(0)
    expect(script!.hasAttribute('data-nscript')).toBe(false)
    expect(emulation.vendor('onwebchat')?.ready).toBe(true)
  })

  it('a new chat for the same provider (new token) replaces the script: still one in the page', async () => {
    const other = '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b'
    const app = renderApp('/', <ChatWidget token={demoTokens.raychat} load="eager" />)
    // The provider's chunk first: a loaded machine may take longer than a fixed wait to import it.
    await waitFor(() =>
      expect(vendorScripts().map((script) => script.id)).toEqual(['chatmount-raychat']),
    )
    app.rerender(<ChatWidget token={other} load="eager" />)
    await waitFor(() => expect(emulation.scripts).toHaveLength(2))
    await settle()
    expect(vendorScripts()).toHaveLength(1)
    await waitFor(() => expect(emulation.vendor('raychat')?.ready).toBe(true))
  })
})
