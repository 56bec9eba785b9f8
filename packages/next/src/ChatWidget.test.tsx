import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { PathnameContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime'
import { RouterContext } from 'next/dist/shared/lib/router-context.shared-runtime'
import type { NextRouter } from 'next/router'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderApp, settle, vendorScripts } from './__fixtures__/appRouter'
import { ChatLauncher, ChatWidget, useChat, type ChatWidgetProps } from './index'
import { PAGE_VIEW_WAIT } from '@chatmount/core/routes'

let emulation: VendorEmulation

/** The widget in an App Router layout at `path`; what the test passes as children is the page. */
const renderAt = (path: string, props: ChatWidgetProps<'chaport'>, children?: ReactNode) =>
  renderApp(path, <ChatWidget {...props}>{children}</ChatWidget>)

const chaport = { provider: 'chaport', token: demoTokens.chaport, load: 'eager' } as const

/**
 * Until the emulated vendor is ready, then a settle. A chat by name imports its provider's chunk
 * first, which a loaded machine (CI runs two tasks at once) may take longer than a fixed wait to
 * transform; the tests are about what happens once it is there.
 */
const vendorReady = async () => {
  await waitFor(() => expect(emulation.vendor('chaport')?.ready).toBe(true), { timeout: 5000 })
  await settle()
}

beforeEach(() => {
  emulation = emulateVendors()
})
afterEach(() => {
  cleanup()
  emulation.restore()
  vi.restoreAllMocks()
})

describe('ChatWidget', () => {
  it('manual adds nothing until asked; hooks and the launcher work below the widget', async () => {
    function Status() {
      return <p>status: {useChat().state.status}</p>
    }
    renderAt('/', { ...chaport, load: 'manual' }, [
      <Status key="s" />,
      <ChatLauncher key="l">Chat</ChatLauncher>,
    ])
    await settle()
    expect(vendorScripts()).toHaveLength(0)
    expect(emulation.scripts).toHaveLength(0)
    await act(async () => screen.getByRole('button', { name: 'Chat' }).click())
    await vendorReady()
    expect(vendorScripts()).toHaveLength(1)
    expect(screen.getByText('status: ready')).toBeTruthy()
    expect(emulation.vendor('chaport')!.isOpen).toBe(true)
  })

  it('invalid hideOn or pageViews is a config error during render', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => renderAt('/', { ...chaport, hideOn: ['checkout'] })).toThrow(/"hideOn\[0\]"/)
    expect(() => renderAt('/', { ...chaport, pageViews: 'yes' as never })).toThrow(
      /"pageViews": expected a boolean/,
    )
    expect(vendorScripts()).toHaveLength(0)
  })
})

describe('page views (App Router)', () => {
  it('one pageView per navigation, with the new URL; none for the first page', async () => {
    const nav = renderAt('/', chaport)
    await vendorReady()
    const vendor = emulation.vendor('chaport')!
    const before = vendor.pageViews.length
    nav.navigate('/pricing')
    await settle(PAGE_VIEW_WAIT + 50)
    nav.navigate('/pricing?plan=team')
    await settle(PAGE_VIEW_WAIT + 50)
    expect(vendor.pageViews.slice(before).map((view) => view.url)).toEqual([
      `${location.origin}/pricing`,
      `${location.origin}/pricing?plan=team`,
    ])
  })

  it('a burst of navigations is one pageView, for where it ended', async () => {
    const nav = renderAt('/', chaport)
    await vendorReady()
    const vendor = emulation.vendor('chaport')!
    const before = vendor.pageViews.length
    nav.navigate('/a')
    nav.navigate('/b')
    nav.navigate('/c')
    await settle(PAGE_VIEW_WAIT + 50)
    expect(vendor.pageViews.slice(before).map((view) => view.url)).toEqual([`${location.origin}/c`])
  })

  it('pageViews={false} sends none', async () => {
    const nav = renderAt('/', { ...chaport, pageViews: false })
    await vendorReady()
    const before = emulation.vendor('chaport')!.pageViews.length
    nav.navigate('/pricing')
    await settle(PAGE_VIEW_WAIT + 50)
    expect(emulation.vendor('chaport')!.pageViews.length).toBe(before)
  })

  it('the script is added once however many navigations happen', async () => {
    const nav = renderAt('/', chaport)
    await settle()
    for (const path of ['/a', '/b', '/', '/a']) nav.navigate(path)
    await settle(PAGE_VIEW_WAIT + 50)
    expect(vendorScripts()).toHaveLength(1)
    expect(emulation.scripts).toHaveLength(1)
  })
})

describe('page views (Pages Router)', () => {
  it('follows routeChangeComplete events', async () => {
    const listeners = new Map<string, Set<(url: string) => void>>()
    const events = {
      on: (name: string, handler: (url: string) => void) =>
        listeners.set(name, (listeners.get(name) ?? new Set()).add(handler)),
      off: (name: string, handler: (url: string) => void) => listeners.get(name)?.delete(handler),
      emit: (name: string, url: string) => listeners.get(name)?.forEach((handler) => handler(url)),
    }
    const router = { events, pathname: '/', asPath: '/' } as unknown as NextRouter
    history.replaceState(null, '', '/')
    render(
      <RouterContext.Provider value={router}>
        <PathnameContext.Provider value="/">
          <ChatWidget {...chaport} />
        </PathnameContext.Provider>
      </RouterContext.Provider>,
    )
    await vendorReady()
    const vendor = emulation.vendor('chaport')!
    const before = vendor.pageViews.length
    // As the real router does: the URL and asPath change, then the event.
    history.pushState(null, '', '/legacy?from=app')
    Object.assign(router, { asPath: '/legacy?from=app' })
    act(() => events.emit('routeChangeComplete', '/legacy?from=app'))
    await settle(PAGE_VIEW_WAIT + 50)
    expect(vendor.pageViews.slice(before).map((view) => view.url)).toEqual([
      `${location.origin}/legacy?from=app`,
    ])
  })
})

describe('hideOn', () => {
  it('hides on a matching route and shows again elsewhere, same vendor, same conversation', async () => {
    const nav = renderAt('/', { ...chaport, hideOn: ['/checkout/**'] })
    await vendorReady()
    const vendor = emulation.vendor('chaport')!
    vendor.visitorMessage('where is my order?')
    nav.navigate('/checkout/pay')
    await settle()
    expect(vendor.isVisible).toBe(false)
    nav.navigate('/checkout/done')
    nav.navigate('/')
    await settle()
    expect(vendor.isVisible).toBe(true)
    expect(emulation.vendor('chaport')).toBe(vendor)
    expect(vendor.messages.map((message) => message.text)).toContain('where is my order?')
    expect(emulation.scripts).toHaveLength(1)
  })

  it('landing on a hidden route hides it as soon as the vendor is there', async () => {
    renderAt('/checkout', { ...chaport, hideOn: ['/checkout'] })
    await vendorReady()
    expect(emulation.vendor('chaport')!.isVisible).toBe(false)
  })

  /** A component of the app that can hide the widget itself. */
  let hide: () => void
  function HidesIt() {
    hide = useChat().hide
    return null
  }

  it('never shows a widget the app hid itself', async () => {
    const nav = renderAt('/', { ...chaport, hideOn: ['/checkout'] }, <HidesIt />)
    await settle()
    act(() => hide())
    nav.navigate('/about')
    await vendorReady()
    expect(emulation.vendor('chaport')!.isVisible).toBe(false)
  })

  it('nor after the visitor passed through a hideOn route: the vendor is told hide, hide, and no show', async () => {
    const nav = renderAt('/', { ...chaport, hideOn: ['/checkout'] }, <HidesIt />)
    await settle()
    act(() => hide())
    nav.navigate('/checkout')
    await settle()
    nav.navigate('/')
    await vendorReady()
    const vendor = emulation.vendor('chaport')!
    expect(vendor.isVisible).toBe(false)
    const visibility = vendor.calls
      .map((call) => call.method)
      .filter((method) => /Launcher$/.test(method))
    expect(visibility).toEqual(['hideLauncher', 'hideLauncher'])
  })
})
