import type { VendorWindow } from '../defineProvider'

/** Delete the globals a vendor and its install snippet put on `window`. */
export function deleteGlobals(win: VendorWindow, names: readonly string[]): void {
  for (const name of names) delete win[name]
}

/** Remove the elements a vendor rendered into the page. */
export function removeElements(doc: Document, selector: string): void {
  doc.querySelectorAll(selector).forEach((element) => element.remove())
}
