import { ChatError } from './chatError'
import type { AnyProvider, ProviderContext } from './defineProvider'
import type { ResolvedOptions, ScriptRequest } from './options'
import { trusted } from './trustedTypes'

/** The vendor script request's `referrerpolicy` unless the app sets one: the site's origin, never a page's URL. */
export const VENDOR_REFERRER_POLICY: ReferrerPolicy = 'strict-origin-when-cross-origin'

/** The attribute that marks the script elements chatmount adds, with the provider's name. */
export const SCRIPT_MARK = 'data-chatmount'

/**
 * Hears how a script's download ended: it ran (`loaded`, with what its top level threw, where the
 * browser lets a page see that), or it could not be fetched.
 */
export type Arrival = (loaded: boolean, thrown?: unknown) => void

/** A vendor script in the page or on its way there. */
export interface VendorScript {
  /** Its URL and the token: two scripts with the same key would run the same vendor the same way. */
  readonly key: string
  /** Whether its download has ended. */
  readonly arrived: boolean
  /** Whoever owns the script now; told once, when it arrives. */
  onArrival: Arrival
  /** Out of the page. A download in flight still ends (Chromium runs the script), and is still heard. */
  remove(): void
  /** Core's own element; absent where the app's `scriptLoader` added the script. */
  readonly element?: HTMLScriptElement
}

/** What identifies a provider's script for a token: its absolute URL and the token. */
export function scriptKey(
  provider: AnyProvider,
  { scriptUrl, token, options }: Pick<ResolvedOptions, 'scriptUrl' | 'token' | 'options'>,
  doc: Document,
): string {
  // A URL holds no raw line break, so the first line is the URL whatever the token.
  return (
    new URL(scriptUrl ?? provider.scriptUrl(token, options ?? {}), doc.baseURI).href + '\n' + token
  )
}

/**
 * Put the vendor's script in the page: through the app's `scriptLoader` when it takes it, else as
 * an element made with DOM APIs (never HTML strings). Its request sends the vendor no full URL
 * (`referrerpolicy`), and goes first when the visitor asked (`fetchpriority`). Throws a
 * `ChatError('config')` where Trusted Types refuse it.
 */
export function addScript(
  provider: AnyProvider,
  ctx: ProviderContext,
  options: Pick<
    ResolvedOptions,
    'scriptUrl' | 'token' | 'nonce' | 'referrerPolicy' | 'scriptLoader' | 'options'
  >,
  onArrival: Arrival,
  /** The visitor asked for the chat (a launcher pointed at, `open()`): fetch it before the rest. */
  urgent?: boolean,
): VendorScript {
  const { window, document } = ctx
  const key = scriptKey(provider, options, document)
  const src = key.split('\n')[0]!
  let thrown: unknown
  // A script's top-level exception reaches the window with the script's URL (same-origin or CORS
  // scripts), just before its `load`.
  const onError = (event: ErrorEvent) => {
    if (event.filename == src) thrown = event.error ?? event.message
  }
  const arrive = (loaded: boolean) => {
    if (script.arrived) return
    ;(script as { arrived: boolean }).arrived = true
    window.removeEventListener('error', onError)
    script.onArrival(loaded, thrown)
  }
  const request: ScriptRequest = {
    id: 'chatmount-' + provider.name,
    src,
    nonce: options.nonce,
    attributes: {
      [SCRIPT_MARK]: provider.name,
      referrerpolicy: options.referrerPolicy ?? VENDOR_REFERRER_POLICY,
      ...(urgent && { fetchpriority: 'high' }),
    },
    loaded: () => arrive(true),
    failed: () => arrive(false),
  }
  const script: VendorScript = { key, arrived: false, onArrival, remove: () => {} }
  window.addEventListener('error', onError)
  // A provider that shapes its element (an id, text the vendor reads) always gets ours.
  const removeLoaded = !provider.prepareScript && options.scriptLoader?.(request)
  if (removeLoaded) {
    script.remove = removeLoaded
    return script
  }

  const element = document.createElement('script')
  element.onload = request.loaded
  element.onerror = request.failed
  element.async = true
  for (const [name, value] of Object.entries(request.attributes)) element.setAttribute(name, value)
  if (options.nonce) element.setAttribute('nonce', options.nonce)
  try {
    element.src = trusted(window).createScriptURL(src)
    provider.prepareScript?.(element, ctx)
  } catch (cause) {
    window.removeEventListener('error', onError)
    throw new ChatError(
      'config',
      process.env.NODE_ENV != 'production'
        ? `${provider.name}: the page refused the script element (${cause}). Under Trusted Types, allow chatmount's policy in the CSP: "trusted-types chatmount".`
        : `${provider.name}: config: trusted-types chatmount`,
      { cause },
    )
  }
  const firstScript = document.getElementsByTagName('script')[0]
  if (provider.insert == 'before-first-script' && firstScript) firstScript.before(element)
  else document.head.appendChild(element)
  return Object.assign(script, { element, remove: () => element.remove() })
}
