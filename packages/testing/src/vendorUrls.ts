import { vendors } from '@chatmount/core/vendors'
import { chaportMainFile, emulatorFiles } from './files'
import type { EmulatedProvider } from './types'

/** Whether a URL is a real vendor's script address (its host and path, as its description says). */
const isVendorScript = (url: URL, { hosts, path }: { hosts: readonly string[]; path: RegExp }) =>
  hosts.includes(url.hostname) && path.test(url.pathname)

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
  const vendor = Object.entries(vendors).find(([, { docs }]) => isVendorScript(url, docs.script))
  if (vendor) return vendor[0] as EmulatedProvider
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
