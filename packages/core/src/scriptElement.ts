import type { AnyProvider, ProviderContext } from './defineProvider'
import type { ScriptRequest } from './options'
import type { Unsubscribe } from './types'

/** The attribute that marks the script elements chatmount adds, with the provider's name. */
export const SCRIPT_MARK = 'data-chatmount'

/**
 * Create the vendor's script element (DOM APIs only, never HTML strings) and put it in the page.
 * Returns the function that removes it.
 */
export function insertScript(
  provider: AnyProvider,
  ctx: ProviderContext,
  request: ScriptRequest,
): Unsubscribe {
  const { document } = ctx
  const { src, nonce } = request
  const script = document.createElement('script')
  script.onload = request.loaded
  script.onerror = request.failed
  script.async = true
  script.src = src
  script.setAttribute(SCRIPT_MARK, provider.name)
  if (nonce) script.setAttribute('nonce', nonce)
  provider.prepareScript?.(script, ctx)
  const firstScript = document.getElementsByTagName('script')[0]
  if (provider.insert === 'before-first-script' && firstScript?.parentNode) {
    firstScript.parentNode.insertBefore(script, firstScript)
  } else {
    document.head.appendChild(script)
  }
  return () => script.remove()
}
