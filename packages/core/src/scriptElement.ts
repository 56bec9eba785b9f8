import type { AnyProvider, ProviderContext } from './defineProvider'

/** The attribute that marks the script elements chatmount adds, with the provider's name. */
export const SCRIPT_MARK = 'data-chatmount'

/** Create the vendor's script element (DOM APIs only, never HTML strings) and put it in the page. */
export function insertScript(
  provider: AnyProvider,
  ctx: ProviderContext,
  src: string,
  nonce: string | undefined,
): HTMLScriptElement {
  const { document } = ctx
  const script = document.createElement('script')
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
  return script
}
