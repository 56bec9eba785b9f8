/**
 * What Astro's `<ClientRouter />` would drop at each navigation, kept: it replaces `<body>` with the
 * next page's and makes `<head>` look like the next page's, keeping only elements marked
 * `data-astro-transition-persist` that have a counterpart there (Astro's `transition:persist`).
 * Before each swap, the vendor's elements (the provider's `elements`), chatmount's script for the
 * vendor and what scripts added to `<head>` (a vendor's styles) get that mark and a counterpart in
 * the next page, so Astro moves them over as it moves its own persisted elements (without detaching
 * them where the browser can, so the vendor's iframes keep their state). Their scripts are marked
 * as run, or Astro would run them again after the swap.
 */
const PERSIST = 'data-astro-transition-persist'
/** Astro's mark of a script that has run: after a swap it runs again every script without it. */
const EXECUTED = 'data-astro-exec'

/** The `astro:before-swap` event, as far as this needs it. */
interface BeforeSwap extends Event {
  newDocument: Document
}

/**
 * Keep the vendor's elements (`elements`, a selector; none when the provider names none) across
 * every swap of `document`; answers how to stop.
 */
export function keepAcrossSwaps(
  document: Document,
  elements: () => string | undefined,
): () => void {
  // The head as the server sent it: what is not in it by the next swap, a script added.
  const fromServer = new WeakSet<Element>(document.head.children)
  // What this keeps: its mark is this module's, not the page's own `transition:persist`.
  const kept = new WeakSet<Element>()
  let next = 0
  const persist = (element: Element, into: Element) => {
    if (!kept.has(element)) element.setAttribute(PERSIST, `chatmount-${next++}`)
    kept.add(element)
    // The vendor's script (or one inside its elements) has run once: never again.
    for (const script of [element, ...element.querySelectorAll('script')])
      if (script.localName == 'script') script.setAttribute(EXECUTED, '')
    // An inert stand-in in the next page, where Astro puts the kept element back.
    const counterpart = into.ownerDocument.createElement('template')
    counterpart.setAttribute(PERSIST, element.getAttribute(PERSIST)!)
    into.append(counterpart)
  }
  const beforeSwap = (event: Event) => {
    const { newDocument } = event as BeforeSwap
    const selector = elements()
    if (selector) {
      // The outermost ones: a vendor root carries its own children along.
      for (const element of document.body.querySelectorAll(selector))
        if (!element.parentElement?.closest(selector)) persist(element, newDocument.body)
    }
    for (const element of document.head.children)
      if (
        !fromServer.has(element) &&
        (kept.has(element) || !element.hasAttribute(PERSIST)) &&
        element.matches('script[data-chatmount],style,link[rel=stylesheet],meta')
      )
        persist(element, newDocument.head)
  }
  // The next page's head, as the server sent it.
  const afterSwap = () => {
    for (const element of document.head.children) if (!kept.has(element)) fromServer.add(element)
  }
  document.addEventListener('astro:before-swap', beforeSwap)
  document.addEventListener('astro:after-swap', afterSwap)
  return () => {
    document.removeEventListener('astro:before-swap', beforeSwap)
    document.removeEventListener('astro:after-swap', afterSwap)
  }
}
