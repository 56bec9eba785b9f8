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
      'https://client.crisp.chat/l.js',
      'https://embed.tawk.to/5e2672718e78b86ed8aa4862/default',
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

  it("answers another request for a vendor's script as its host would: none when blocked, a 500 when the server errs", async () => {
    const pageFetch = window.fetch
    emulation = emulateVendors()
    const chatra = 'https://call.chatra.io/chatra.js'
    emulation.fail('chatra', 'error')
    await expect(fetch(chatra, { mode: 'no-cors' })).rejects.toThrow(TypeError)
    emulation.fail('chatra', 'server-error')
    expect((await fetch(chatra)).status).toBe(500)
    // The script element itself fails either way, as it does in a browser.
    expect(await settled(addScript(chatra))).toBe('error')
    emulation.restore()
    expect(window.fetch).toBe(pageFetch)
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
    expect(document.getElementById('raychat_widget')).not.toBeNull()

    emulation.restore()
    expect(document.getElementById('raychat_widget')).toBeNull()
    expect(page.__chatmountEmulator).toBeUndefined()
    const later = addScript('https://widget-react.raychat.io/install/widget.js')
    await nextTask(10)
    expect(emulation.scripts).not.toContain(later)
    expect(document.getElementById('raychat_widget')).toBeNull()
  })
})

// Crisp, as its `$crisp` SDK documents it (https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/).
describe('crisp', () => {
  async function loadCrisp() {
    expect(await settled(addScript('https://client.crisp.chat/l.js'))).toBe('load')
    return emulation!.vendor('crisp')
  }

  it('runs the commands queued in $crisp in order, then takes each push at once; several handlers per event', async () => {
    emulation = emulateVendors()
    const opened: string[] = []
    page.$crisp = [
      ['on', 'chat:opened', () => opened.push('first')],
      ['on', 'chat:opened', () => opened.push('second')],
      ['set', 'user:nickname', ['Ada']],
      ['do', 'chat:open'],
    ]
    page.CRISP_WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8929bbf93d'
    const vendor = (await loadCrisp())!
    expect(Array.isArray(page.$crisp)).toBe(false)
    expect(opened).toEqual(['first', 'second'])
    expect(vendor.visitor).toMatchObject({ name: 'Ada' })
    page.$crisp.push(['off', 'chat:opened'], ['do', 'chat:close'], ['do', 'chat:open'])
    expect(opened).toEqual(['first', 'second'])
    expect(page.$crisp.is('chat:opened')).toBe(true)
    expect(page.$crisp.get('user:nickname')).toBe('Ada')
  })

  it('says session:loaded once the chatbox is there, also to a handler bound after; a second copy does nothing', async () => {
    emulation = emulateVendors()
    page.$crisp = []
    page.CRISP_WEBSITE_ID = '7598bf86-9ebb-46bc-8d61-be8929bbf93d'
    const vendor = (await loadCrisp())!
    expect(vendor.ready).toBe(false)
    const loaded = vi.fn()
    page.$crisp.push(['on', 'session:loaded', loaded])
    await nextTask(350)
    expect(vendor.ready).toBe(true)
    expect(loaded).toHaveBeenCalledTimes(1)
    const late = vi.fn()
    page.$crisp.push(['on', 'session:loaded', late])
    expect(late).toHaveBeenCalledTimes(1)
    expect(await settled(addScript('https://client.crisp.chat/l.js'))).toBe('load')
    expect(document.querySelectorAll('.crisp-client')).toHaveLength(1)
  })

  it('starts nothing without CRISP_WEBSITE_ID', async () => {
    emulation = emulateVendors()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    page.$crisp = []
    expect(await loadCrisp()).toBeUndefined()
    expect(document.querySelector('.crisp-client')).toBeNull()
  })
})

// Tawk.to, as its JavaScript API documents it (https://developer.tawk.to/jsapi/).
describe('tawk', () => {
  const embed = 'https://embed.tawk.to/5e2672718e78b86ed8aa4862/default'

  it('calls onLoad once rendered; its methods do nothing before; callbacks set after still hear', async () => {
    emulation = emulateVendors()
    const onLoad = vi.fn()
    page.Tawk_API = { onLoad }
    expect(await settled(addScript(embed))).toBe('load')
    const vendor = emulation.vendor('tawk')!
    page.Tawk_API.maximize()
    expect(vendor.isOpen).toBe(false)
    await nextTask(350)
    expect(onLoad).toHaveBeenCalledTimes(1)
    expect(page.Tawk_API.onLoaded).toBe(true)
    const maximized = vi.fn()
    const unread: number[] = []
    page.Tawk_API.onChatMaximized = maximized
    page.Tawk_API.onUnreadCountChanged = (count: number) => unread.push(count)
    vendor.agentMessage('one')
    page.Tawk_API.maximize()
    expect(maximized).toHaveBeenCalledTimes(1)
    expect(unread).toEqual([1, 0])
    expect(page.Tawk_API.isChatMaximized()).toBe(true)
  })

  it('with autoStart false renders nothing until start()', async () => {
    emulation = emulateVendors()
    const onLoad = vi.fn()
    page.Tawk_API = { autoStart: false, onLoad }
    expect(await settled(addScript(embed))).toBe('load')
    await nextTask(350)
    expect(onLoad).not.toHaveBeenCalled()
    expect(document.querySelector('.widget-visible')).toBeNull()
    page.Tawk_API.start()
    await nextTask(350)
    expect(onLoad).toHaveBeenCalledTimes(1)
    expect(document.querySelector('.widget-visible iframe[title="chat widget"]')).not.toBeNull()
  })

  it('login takes a user id and its hash, and says what is wrong otherwise', async () => {
    emulation = emulateVendors()
    page.Tawk_API = {}
    expect(await settled(addScript(embed))).toBe('load')
    await nextTask(350)
    const answers: unknown[] = []
    page.Tawk_API.login({ name: 'Ada' }, (error: unknown) => answers.push(error))
    page.Tawk_API.login({ userId: 'u1', hash: 'h', name: 'Ada' }, (error: unknown) =>
      answers.push(error),
    )
    expect(answers).toEqual(['INVALID_USER', undefined])
    expect(emulation.vendor('tawk')!.visitor).toMatchObject({ userId: 'u1', name: 'Ada' })
  })
})
