import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { emulatorRuns, injectEmulatorFault } from './boot'
import { emulateVendors } from './emulateVendors'
import type { VendorEmulation } from './emulateVendors'
import { addScript, chaportMainRan, nextTask, page, resetPage, settled } from './testSupport'

let emulation: VendorEmulation | undefined

function chatraGlobals() {
  page.ChatraID = 'id'
  page.Chatra = function () {
    // eslint-disable-next-line prefer-rest-params -- the real stub queues its `arguments` object
    ;(page.Chatra.q = page.Chatra.q || []).push(arguments)
  }
}

beforeEach(() => resetPage())
afterEach(() => emulation?.restore())

describe('emulateVendors', () => {
  it('recognises real vendor URLs, emulator files and the urls map, and ignores other scripts', async () => {
    emulation = emulateVendors({ urls: { 'https://proxy.example/chat/widget.js': 'chaport' } })
    emulation.fail('all', 'hang') // only the matching matters here, not the vendors starting
    const matched = [
      'https://widget-react.raychat.io/install/widget.js',
      'https://call.chatra.io/chatra.js',
      'https://app.chaport.com/javascripts/insert.js',
      'https://app.chaport.ru/javascripts/insert.js',
      'https://www.onwebchat.com/clientchat/abc/def',
      'https://cdn.rayzing.ai/rayzing.js',
      '/emulators/raychat.js?v=2',
      'https://proxy.example/chat/widget.js',
    ].map((src) => addScript(src))
    addScript('https://example.com/app.js')
    addScript('https://www.onwebchat.com/other/abc')
    addScript('/emulators/notavendor.js')
    await nextTask()
    expect(emulation.scripts).toEqual(matched)
  })

  it('runs the emulator, then dispatches load on the script', async () => {
    emulation = emulateVendors()
    chatraGlobals()
    const stub = page.Chatra
    const script = addScript('/node_modules/@chatmount/testing/dist/browser/chatra.js')
    let chatraAtLoad: unknown
    script.addEventListener('load', () => (chatraAtLoad = page.Chatra))
    expect(emulation.vendor('chatra')).toBeUndefined()
    expect(await settled(script)).toBe('load')
    expect(chatraAtLoad).not.toBe(stub)
    expect(emulation.vendor('chatra')?.provider).toBe('chatra')
  })

  it('finds scripts inside an inserted subtree', async () => {
    emulation = emulateVendors()
    const wrapper = document.createElement('div')
    const script = document.createElement('script')
    script.src = 'https://cdn.rayzing.ai/rayzing.js'
    wrapper.append(script)
    document.body.append(wrapper)
    await nextTask()
    expect(emulation.scripts).toEqual([script])
  })

  it("fail('all', 'error') dispatches error and starts nothing; 'load' goes back to normal", async () => {
    emulation = emulateVendors()
    chatraGlobals()
    emulation.fail('all', 'error')
    expect(await settled(addScript('https://call.chatra.io/chatra.js'))).toBe('error')
    expect(emulation.vendor('chatra')).toBeUndefined()
    expect(document.getElementById('chatra')).toBeNull()

    emulation.fail('all', 'load')
    expect(await settled(addScript('https://call.chatra.io/chatra.js'))).toBe('load')
    expect(emulation.vendor('chatra')).toBeDefined()
  })

  it("fail(provider, 'hang') never loads that vendor; others still load", async () => {
    emulation = emulateVendors()
    chatraGlobals()
    page.RAYCHAT_TOKEN = 'token'
    emulation.fail('chatra', 'hang')
    const hanging = addScript('https://call.chatra.io/chatra.js')
    const events = vi.fn()
    hanging.addEventListener('load', events)
    hanging.addEventListener('error', events)
    expect(await settled(addScript('https://widget-react.raychat.io/install/widget.js'))).toBe(
      'load',
    )
    await nextTask(20)
    expect(events).not.toHaveBeenCalled()
    expect(emulation.vendor('chatra')).toBeUndefined()
    expect(emulation.scripts).toHaveLength(2)
  })

  it('waits for delay, and runs a script removed while it downloads, as Chromium does', async () => {
    emulation = emulateVendors({ delay: 30 })
    page.RAYCHAT_TOKEN = 'token'
    const removed = addScript('https://widget-react.raychat.io/install/widget.js')
    await nextTask()
    expect(emulation.vendor('raychat')).toBeUndefined()
    removed.remove()
    expect(await settled(removed)).toBe('load')
    expect(emulation.vendor('raychat')).toBeDefined()
    expect(emulatorRuns(window)).toEqual({ raychat: 1 })
  })

  it('an injected fault: the script throws at its top level, reported on the window, then load', async () => {
    emulation = emulateVendors()
    chatraGlobals()
    injectEmulatorFault(window, 'chatra', 'throw')
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const reported = new Promise<ErrorEvent>((resolve) =>
      window.addEventListener('error', resolve, { once: true }),
    )
    const script = addScript('https://call.chatra.io/chatra.js')
    expect(await settled(script)).toBe('load')
    expect((await reported).filename).toBe(script.src)
    expect(emulation.vendor('chatra')).toBeUndefined()
    expect(typeof page.Chatra.q).toBe('undefined') // still the page's stub
    consoleError.mockRestore()
    // Used up: the next run starts.
    expect(await settled(addScript('https://call.chatra.io/chatra.js'))).toBe('load')
    expect(emulation.vendor('chatra')?.ready).toBe(true)
    expect(emulatorRuns(window)).toEqual({ chatra: 2 })
  })

  it('an injected never-ready fault starts the vendor without its ready signal', async () => {
    emulation = emulateVendors()
    page.chaportConfig = { appId: 'app' }
    injectEmulatorFault(window, 'chaport', 'never-ready')
    expect(await settled(addScript('https://app.chaport.com/javascripts/insert.js'))).toBe('load')
    await chaportMainRan()
    expect(emulation.vendor('chaport')?.ready).toBe(false)
    expect(typeof page.chaport.open).toBe('function')
  })

  it('restore() removes the emulators’ UI and stops watching', async () => {
    emulation = emulateVendors()
    page.RAYCHAT_TOKEN = 'token'
    expect(await settled(addScript('https://widget-react.raychat.io/install/widget.js'))).toBe(
      'load',
    )
    expect(document.getElementById('raychat_main_container')).not.toBeNull()

    emulation.restore()
    expect(document.getElementById('raychat_main_container')).toBeNull()
    expect(page.__chatmountEmulator).toBeUndefined()
    const later = addScript('https://widget-react.raychat.io/install/widget.js')
    await nextTask(10)
    expect(emulation.scripts).not.toContain(later)
    expect(document.getElementById('raychat_main_container')).toBeNull()
  })
})
