import type { AnyProvider, ProviderContext } from './defineProvider'
import type { ResolvedOptions, ScriptRequest } from './options'
import type { Unsubscribe } from './types'

/** The attribute that marks the script elements chatmount adds, with the provider's name. */
export const SCRIPT_MARK = 'data-chatmount'

/**
 * Put the vendor's script in the page: through the app's `scriptLoader` when it takes it, else as
 * an element made with DOM APIs (never HTML strings). Returns the function that removes it.
 */
export function addScript(
  provider: AnyProvider,
  ctx: ProviderContext,
  { scriptUrl, token, nonce, scriptLoader }: ResolvedOptions,
  { loaded, failed }: { loaded(): void; failed(src: string): void },
): Unsubscribe {
  const { document } = ctx
  const src = new URL(scriptUrl ?? provider.scriptUrl(token), document.baseURI).href
  const request: ScriptRequest = {
    id: 'chatmount-' + provider.name,
    src,
    nonce,
    attributes: { [SCRIPT_MARK]: provider.name },
    loaded,
    failed: () => failed(src),
  }
  // A provider that shapes its element (an id, text the vendor reads) always gets ours.
  const removeLoaded = !provider.prepareScript && scriptLoader?.(request)
  if (removeLoaded) return removeLoaded

  const script = document.createElement('script')
  script.onload = request.loaded
  script.onerror = request.failed
  script.async = true
  script.src = src
  script.setAttribute(SCRIPT_MARK, provider.name)
  if (nonce) script.setAttribute('nonce', nonce)
  provider.prepareScript?.(script, ctx)
  const firstScript = document.getElementsByTagName('script')[0]
  if (provider.insert == 'before-first-script' && firstScript) firstScript.before(script)
  else document.head.appendChild(script)
  return () => script.remove()
}
