import type { AnyProvider, ApiOf } from './defineProvider'
import type { LoadStrategy, Visitor } from './types'

/** Everything `createChat` takes, typed for the chosen provider. */
export interface ChatOptions<P extends AnyProvider = AnyProvider> {
  provider: P
  /** The vendor's id for the site (Raychat token, ChatraID, Chaport appId, …). */
  token: string
  /** When the vendor script is fetched. Default `'idle'`. */
  load?: LoadStrategy
  /** `false`: nothing is fetched or stored until `setConsent(true)`. Default `true`. */
  consent?: boolean
  /** Milliseconds from script insertion to vendor-ready before status `'error'`. Default 15000. */
  timeout?: number
  /** Load the vendor script from here instead (a self-hosted copy, a proxy, an emulator). */
  scriptUrl?: string
  /** CSP nonce put on every element the library creates. */
  nonce?: string
  /** Identify the visitor as soon as the vendor can take it. */
  visitor?: Visitor
  /** For `load: 'visible'`: the element, or a selector for it, whose visibility starts loading. */
  target?: Element | string
  /** Provider-specific settings. */
  options?: ApiOf<P>['options']
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions<P extends AnyProvider = AnyProvider> extends ChatOptions<P> {
  load: LoadStrategy
  consent: boolean
  timeout: number
}
