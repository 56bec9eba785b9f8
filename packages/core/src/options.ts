import type { AnyProvider, ApiOf } from './defineProvider'
import type { Fallback } from './fallback'
import type { LoadStrategy, SignedInVisitor, Unsubscribe, Visitor } from './types'

/** The vendor script core wants in the page, handed to a framework's own script loader. */
export interface ScriptRequest {
  /** A stable id for the element: `chatmount-<provider>`. */
  readonly id: string
  /** The absolute URL to load. */
  readonly src: string
  readonly nonce?: string
  /** Attributes core puts on its own script elements; give them to yours too. */
  readonly attributes: Readonly<Record<string, string>>
  /** Call when the script has loaded. */
  loaded(): void
  /** Call when it could not be loaded. */
  failed(): void
}

/**
 * Put the vendor script in the page your framework's way (Next.js's `<Script>`), or return `false`
 * to let core add it. The returned function removes it again (teardown, retry).
 */
export type ScriptLoader = (request: ScriptRequest) => Unsubscribe | false

/** Everything `createChat` takes, typed for the chosen provider. */
export interface ChatOptions<P extends AnyProvider = AnyProvider> {
  provider: P
  /** The vendor's id for the site (Raychat token, ChatraID, Chaport appId, …). */
  token: string
  /** When the vendor script is fetched. Default `'idle'`. */
  load?: LoadStrategy
  /** `false`: nothing is fetched or stored until `setConsent(true)`. Default `true`. */
  consent?: boolean
  /** Milliseconds from the start of loading (the script's insertion) to vendor-ready before status `'error'`. Default 15000. */
  timeout?: number
  /** Load the vendor script from here instead (a self-hosted copy, a proxy, an emulator). */
  scriptUrl?: string
  /** CSP nonce put on every element the library creates. */
  nonce?: string
  /**
   * The vendor script request's `referrerpolicy`. Default `'strict-origin-when-cross-origin'`: the
   * vendor learns the site's origin, never a page's full URL, whatever the page's own policy.
   */
  referrerPolicy?: ReferrerPolicy
  /** Identify the visitor as soon as the vendor can take it. */
  visitor?: Visitor
  /** A visitor who signed in to the app, signed in as soon as the vendor can take it (see `signIn`). */
  user?: SignedInVisitor
  /** For `load: 'visible'`: the element, or a selector for it, whose visibility starts loading. */
  target?: Element | string
  /** Provider-specific settings. */
  options?: ApiOf<P>['options']
  /**
   * Where the visitor goes when the vendor cannot load (blocked, offline, broken): a URL (a contact
   * page, `mailto:`, `tel:`, a hosted chat page) or a function of the error. Launchers lead there
   * (`getState().fallback`), and so does `open()` from the visitor's gesture. Default: the
   * provider's hosted chat page where it has one (Rayzing), else none.
   */
  fallback?: Fallback
  /**
   * For framework adapters: add the vendor script through the framework instead. Not used for
   * providers that shape their script element (`prepareScript`): core adds those itself.
   */
  scriptLoader?: ScriptLoader
}

/** Options after validation, with defaults filled in. */
export interface ResolvedOptions<P extends AnyProvider = AnyProvider> extends ChatOptions<P> {
  load: LoadStrategy
  consent: boolean
  timeout: number
}
