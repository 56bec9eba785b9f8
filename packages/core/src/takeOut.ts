import type { AnyProvider, ProviderContext } from './defineProvider'
import { removeVendorHead } from './vendorHead'

/** Remove what the vendor rendered; also before an install, since some vendors refuse to start twice. */
export function removeVendorElements(provider: AnyProvider, doc: Document): void {
  if (provider.elements)
    doc.querySelectorAll(provider.elements).forEach((element) => element.remove())
}

/**
 * Take a vendor out of the page: its own teardown (a kill switch), then the globals, the elements
 * and what it added to `<head>` beside them. Returns what the vendor's teardown threw, if anything,
 * for the caller to report.
 */
export function takeOut(provider: AnyProvider, ctx: ProviderContext): unknown {
  let thrown: unknown
  try {
    provider.teardown?.(ctx)
  } catch (cause) {
    thrown = cause
  }
  // A vendor's top-level `var` cannot be deleted (strict code would throw): it is emptied instead.
  provider.globals?.forEach(
    (global) => Reflect.deleteProperty(ctx.window, global) || (ctx.window[global] = undefined),
  )
  removeVendorElements(provider, ctx.document)
  removeVendorHead(ctx)
  return thrown
}
