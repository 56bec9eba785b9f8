import { chaportMainFile, emulatorFiles } from './files'
import type { EmulatedProvider } from './types'

/** The real vendors' script addresses (host + path); onWebChat's path continues with the chat id. */
const VENDOR_SCRIPTS: ReadonlyArray<[EmulatedProvider, (url: URL) => boolean]> = [
  [
    'raychat',
    (url) => url.hostname === 'widget-react.raychat.io' && url.pathname === '/install/widget.js',
  ],
  ['chatra', (url) => url.hostname === 'call.chatra.io' && url.pathname === '/chatra.js'],
  [
    'chaport',
    (url) =>
      (url.hostname === 'app.chaport.com' || url.hostname === 'app.chaport.ru') &&
      url.pathname === '/javascripts/insert.js',
  ],
  [
    'onwebchat',
    (url) =>
      /^(www\.)?onwebchat\.com$/.test(url.hostname) && /^\/clientchat\/[^/]+/.test(url.pathname),
  ],
  ['rayzing', (url) => url.hostname === 'cdn.rayzing.ai' && url.pathname === '/rayzing.js'],
]

const BY_FILE = new Map(
  Object.entries(emulatorFiles).map(([provider, file]) => [file, provider as EmulatedProvider]),
)

/**
 * Which vendor a script address belongs to: an exact entry of `extra`, a real vendor URL, or an
 * emulator file (`…/<provider>.js`, query and hash ignored).
 */
export function providerForScript(
  src: string,
  baseUrl: string,
  extra: Readonly<Record<string, EmulatedProvider>> = {},
): EmulatedProvider | undefined {
  let url: URL
  try {
    url = new URL(src, baseUrl)
  } catch {
    return undefined
  }
  const exact = extra[src] ?? extra[url.href]
  if (exact) return exact
  const vendor = VENDOR_SCRIPTS.find(([, matches]) => matches(url))
  if (vendor) return vendor[0]
  const file = url.pathname.slice(url.pathname.lastIndexOf('/') + 1)
  return BY_FILE.get(file)
}

/** Whether a script address is Chaport's main bundle, which the emulated insert.js adds beside itself. */
export function isChaportMain(src: string, baseUrl: string): boolean {
  try {
    return new URL(src, baseUrl).pathname.endsWith('/' + chaportMainFile)
  } catch {
    return false
  }
}
