// A provider written the way a user would write a sixth one, driven by hand from tests:
// its script never loads by itself, a test fires `load` or `error` on it.
import { defineProvider } from '../defineProvider'

export interface FakeApi {
  options: { greeting?: string }
  methods: { say(text: string): void; explode(): void }
  getters: { greeting(): string }
  events: { said: string }
}

export const fake = defineProvider<FakeApi>({
  name: 'fake',
  token: { pattern: /^[a-z]{3,10}$/, expected: 'a lowercase word' },
  scriptUrl: (token) => `https://fake.example/${token}.js`,
  install({ window: w, token, options }) {
    w.FAKE_TOKEN = token
    w.FAKE_GREETING = options.greeting
  },
  operations: {
    open: () => [['openUp']],
    close: () => [['shut']],
    show: () => [['appear']],
    hide: () => [['vanish']],
    identify: (_, visitor) => [['who', visitor]],
    reset: () => [['forget']],
    signIn: (_, user) => [['login', user]],
  },
  capabilities: ['events.message'],
  call: ({ window: w }, [method, ...args]) => w.Fake.run(method, args),
  get: ({ window: w }, method) => w.Fake.read(method),
  teardown({ window: w, document }) {
    delete w.Fake
    delete w.FAKE_TOKEN
    delete w.FAKE_GREETING
    document.querySelectorAll('#fake-widget').forEach((element) => element.remove())
  },
})

/** What the fake vendor's script does when it "runs": a global that records calls. */
export function runFakeVendor(win: Window & Record<string, any>) {
  const calls: Array<[string, unknown[]]> = []
  const widget = win.document.createElement('div')
  widget.id = 'fake-widget'
  win.document.body.appendChild(widget)
  win.Fake = {
    calls,
    run(method: string, args: unknown[]) {
      if (method === 'explode') throw new Error('boom')
      calls.push([method, args])
    },
    read: (method: string) => (method === 'greeting' ? win.FAKE_GREETING : undefined),
  }
  return calls
}

// Every fake script a test page got, removed or not, until its download "ends".
const downloading = new Set<HTMLScriptElement>()
if (typeof MutationObserver != 'undefined') {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLScriptElement && node.dataset.chatmount == 'fake') {
          downloading.add(node)
          const ended = () => downloading.delete(node)
          node.addEventListener('load', ended)
          node.addEventListener('error', ended)
        }
      }
    }
  }).observe(document, { childList: true, subtree: true })
}

/**
 * End every fake download still in flight with a network error, as a browser eventually would
 * (jsdom never fetches): a script whose chat is gone no longer holds back the next chat.
 */
export function endFakeDownloads() {
  downloading.forEach((script) => script.dispatchEvent(new Event('error')))
}

export function fakeScripts(doc: Document = document): HTMLScriptElement[] {
  return [...doc.querySelectorAll<HTMLScriptElement>('script[data-chatmount="fake"]')]
}

/** Run the fake vendor and fire `load` on its (only) script. */
export function loadFakeScript(win: Window & Record<string, any> = window) {
  const [script] = fakeScripts(win.document)
  if (!script) throw new Error('no fake script in the page')
  const calls = runFakeVendor(win)
  script.dispatchEvent(new win.Event('load'))
  return calls
}

/** Let queued microtasks (the client's deferred start) run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
