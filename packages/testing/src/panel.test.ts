import { afterEach, describe, expect, it, vi } from 'vitest'
import { createPanel } from './panel'
import type { PanelOptions } from './panel'
import { part, resetPage, typeAndSend } from './testSupport'

function options(overrides: Partial<PanelOptions> = {}): PanelOptions {
  return {
    provider: 'rayzing',
    rootId: 'test-root',
    vendorName: 'Rayzing',
    accent: '#db2777',
    onLauncherClick: vi.fn(),
    onCloseClick: vi.fn(),
    onSend: vi.fn(),
    onStartWriting: vi.fn(),
    ...overrides,
  }
}
const view = { open: false, visible: true, launcherShown: true, unread: 0, online: true }

afterEach(() => resetPage())

describe('panel', () => {
  it('renders the parts with stable data attributes and the emulator header', () => {
    const panel = createPanel(document, options())
    panel.render(view)
    expect(panel.root.id).toBe('test-root')
    expect(panel.root.getAttribute('data-emulator')).toBe('rayzing')
    for (const name of [
      'launcher',
      'badge',
      'panel',
      'header',
      'close',
      'messages',
      'input',
      'send',
      'status',
    ]) {
      expect(part(name), name).not.toBeNull()
    }
    expect(part('title')?.textContent).toBe('Emulated Rayzing · offline emulator')
    expect(part('panel')?.style.display).toBe('none')
    expect(part('status')?.textContent).toContain('online')
  })

  it('reflects open, hidden, launcher and unread state', () => {
    const panel = createPanel(document, options())
    panel.render({ ...view, open: true, unread: 3, online: false })
    expect(part('panel')?.style.display).toBe('flex')
    expect(part('badge')?.textContent).toBe('3')
    expect(part('launcher')?.getAttribute('aria-expanded')).toBe('true')
    expect(part('status')?.textContent).toContain('offline')
    panel.render({ ...view, launcherShown: false })
    expect(part('launcher')?.style.display).toBe('none')
    panel.render({ ...view, visible: false })
    expect(panel.root.style.display).toBe('none')
  })

  it('shows message text as text, never as markup', () => {
    const panel = createPanel(document, options())
    panel.addMessage({ from: 'agent', text: '<img src=x onerror="alert(1)">' })
    const message = part('message')
    expect(message?.textContent).toBe('<img src=x onerror="alert(1)">')
    expect(message?.querySelector('img')).toBeNull()
    expect(message?.getAttribute('data-from')).toBe('agent')
  })

  it('reports launcher clicks, close clicks, writing and sending', () => {
    const handlers = options()
    createPanel(document, handlers)
    part('launcher')?.click()
    part('close')?.click()
    typeAndSend('  hello  ')
    typeAndSend('   ')
    expect(handlers.onLauncherClick).toHaveBeenCalledTimes(1)
    expect(handlers.onCloseClick).toHaveBeenCalledTimes(1)
    expect(handlers.onSend).toHaveBeenCalledTimes(1)
    expect(handlers.onSend).toHaveBeenCalledWith('hello')
    expect(handlers.onStartWriting).toHaveBeenCalledTimes(2)
  })

  it('mounts once <body> exists when the script runs before it', () => {
    const doc = document.implementation.createHTMLDocument('')
    doc.body.remove()
    const panel = createPanel(doc, options())
    expect(panel.root.isConnected).toBe(false)
    doc.documentElement.append(doc.createElement('body'))
    doc.dispatchEvent(new Event('DOMContentLoaded'))
    expect(doc.body.contains(panel.root)).toBe(true)
    panel.destroy()
    expect(panel.root.isConnected).toBe(false)
  })
})
