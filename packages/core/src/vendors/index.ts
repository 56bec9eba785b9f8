import type { AnyProvider } from '../defineProvider'
import { chaport as chaportProvider } from '../providers/chaport'
import { crisp as crispProvider } from '../providers/crisp'
import { chatra as chatraProvider } from '../providers/chatra'
import { onwebchat as onwebchatProvider } from '../providers/onwebchat'
import { raychat as raychatProvider } from '../providers/raychat'
import { rayzing as rayzingProvider } from '../providers/rayzing'
import { tawk as tawkProvider } from '../providers/tawk'
import type { Capability } from '../types'
import { docs as chaportDocs, vendor as chaportVendor } from './chaport'
import { docs as crispDocs, vendor as crispVendor } from './crisp'
import { docs as chatraDocs, vendor as chatraVendor } from './chatra'
import { docs as onwebchatDocs, vendor as onwebchatVendor } from './onwebchat'
import { docs as raychatDocs, vendor as raychatVendor } from './raychat'
import { docs as rayzingDocs, vendor as rayzingVendor } from './rayzing'
import { docs as tawkDocs, vendor as tawkVendor } from './tawk'

/**
 * What `createChat` knows of a built-in vendor by name, before its provider's chunk arrives: enough
 * to check the token and answer `supports()`. The provider itself reads the same object.
 */
export interface VendorFacts {
  readonly name: string
  /**
   * The token's shape as a pattern, and in words for development messages (empty in production).
   * `strict: false`: a format the vendor does not document, so a token that does not match is
   * accepted with a warning.
   */
  readonly token: { readonly pattern: RegExp; readonly expected: string; readonly strict?: boolean }
  /** Every capability, the operations' included. */
  readonly capabilities: readonly Capability[]
  /** The vendor's hosted chat page for a (validated) token: the default `fallback`. */
  hostedPage?(token: string): string
}

/** About a vendor, for people, demos and tests: never in an app's bundle. */
export interface VendorDocs {
  /** Where its real script is served: the host names, and its path. */
  readonly script: { readonly hosts: readonly string[]; readonly path: RegExp }
  /** Its name as the vendor writes it. */
  readonly title: string
  /** Where its API is documented: a seed, or the vendor's public page. */
  readonly source: string
  /** A made-up token of the right shape: the emulators take any well-formed one. */
  readonly demoToken: string
  /** What the token is, in a few words (the README's table). */
  readonly token: string
  /** A word on how a capability is done, where it is worth one (the README's table). */
  readonly notes?: Partial<Record<Capability | 'events', string>>
  /** Where calls wait before the vendor is ready: `ours`, or the vendor's own queue. */
  readonly queue: string
}

export interface Vendor {
  readonly vendor: VendorFacts
  readonly docs: VendorDocs
}

/**
 * Every built-in vendor, described once: its facts and docs in `vendors/<name>.ts`, its behaviour
 * and what it puts in the page (`globals`, `elements`, `storage`) in `providers/<name>.ts`. Core's
 * table of providers by name, the build's entries, the emulators' tables, the browser tests'
 * lists, the size checks and the README's table are made from this.
 */
export const vendors = {
  raychat: { vendor: raychatVendor, docs: raychatDocs },
  chatra: { vendor: chatraVendor, docs: chatraDocs },
  chaport: { vendor: chaportVendor, docs: chaportDocs },
  onwebchat: { vendor: onwebchatVendor, docs: onwebchatDocs },
  rayzing: { vendor: rayzingVendor, docs: rayzingDocs },
  crisp: { vendor: crispVendor, docs: crispDocs },
  tawk: { vendor: tawkVendor, docs: tawkDocs },
} satisfies Record<string, Vendor>

/** The built-in providers by name, for tools and tests (each is also `@chatmount/core/providers/<name>`). */
export const providers: Readonly<Record<VendorName, AnyProvider>> = {
  raychat: raychatProvider,
  chatra: chatraProvider,
  chaport: chaportProvider,
  onwebchat: onwebchatProvider,
  rayzing: rayzingProvider,
  crisp: crispProvider,
  tawk: tawkProvider,
}

export type VendorName = keyof typeof vendors
