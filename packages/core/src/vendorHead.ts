import type { AnyProvider, ProviderContext } from './defineProvider'

/** The head elements a vendor added, per load, and the watch that finds them. */
const additions = new WeakMap<ProviderContext, [MutationObserver, Element[]]>()

/**
 * Watch for what the vendor adds to `<head>` beside the elements `provider.elements` names: a
 * `<style>`, a `<meta>` (Rayzing's loader adds a second viewport one), a `<link>`. They carry no mark
 * of their own, but a vendor's script adds them in the same run as its elements, so the head
 * elements added in the same batch of mutations as one of those are the vendor's. Only they are
 * taken out with it (`removeVendorHead`); the page's own stay. The watch ends with that batch.
 */
export function watchVendorHead(provider: AnyProvider, ctx: ProviderContext): void {
  const { window, document } = ctx
  const vendorElements = provider.elements
  if (!vendorElements) return
  const added: Element[] = []
  const isElement = (node: Node): node is Element => node.nodeType == 1
  const observer = new window.MutationObserver((records) => {
    const nodes = records.flatMap((record) => [...record.addedNodes]).filter(isElement)
    // The vendor's own elements, not the script element chatmount added for it (Rayzing's matches).
    if (!nodes.some((node) => node.localName != 'script' && node.matches(vendorElements))) return
    added.push(
      ...nodes.filter(
        (node) => node.parentNode == document.head && node.matches('style,meta,link'),
      ),
    )
    // The vendor's script has run: the app's own changes are none of this watch's business.
    observer.disconnect()
  })
  observer.observe(document.head, { childList: true })
  observer.observe(document.body, { childList: true, subtree: true })
  additions.set(ctx, [observer, added])
}

/** Stop watching, and take out the head elements the vendor added in this load (again is harmless). */
export function removeVendorHead(ctx: ProviderContext): void {
  const [observer, added] = additions.get(ctx) ?? []
  observer?.disconnect()
  added?.forEach((element) => element.remove())
}
