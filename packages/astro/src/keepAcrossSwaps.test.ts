// Astro's own swap (the function <ClientRouter /> runs at each navigation), on a page with a
// vendor in it: what keepAcrossSwaps marks is what Astro keeps, the same nodes, never re-created.
import { swap } from 'astro/virtual-modules/transitions-swap-functions.js'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { keepAcrossSwaps } from './keepAcrossSwaps'

const page = (title: string) =>
  new DOMParser().parseFromString(
    `<!doctype html><html><head><title>${title}</title><link rel="stylesheet" href="/site.css"></head>` +
      `<body><main><h2>${title}</h2></main><chatmount-launcher>Chat</chatmount-launcher></body></html>`,
    'text/html',
  )

/** What <ClientRouter /> does: the before-swap event (listeners may change the next page), then the swap. */
function navigate(next: Document) {
  const event = Object.assign(new Event('astro:before-swap'), { newDocument: next })
  document.dispatchEvent(event)
  swap(next)
  document.dispatchEvent(new Event('astro:after-swap'))
}

let stop: () => void
beforeEach(() => {
  const first = page('Home')
  document.head.replaceChildren(
    ...[...first.head.childNodes].map((node) => document.importNode(node, true)),
  )
  document.body.replaceChildren(
    ...[...first.body.childNodes].map((node) => document.importNode(node, true)),
  )
})
afterEach(() => stop?.())

it('keeps the vendor’s elements, chatmount’s script and the styles the vendor added; the page’s own go', () => {
  stop = keepAcrossSwaps(document, () => '#chatra')
  // What loading the vendor put in the page after it loaded.
  const script = Object.assign(document.createElement('script'), { type: 'text/plain' })
  script.dataset.chatmount = 'chatra'
  const style = document.createElement('style')
  style.textContent = '#chatra { position: fixed }'
  document.head.append(script, style)
  const vendor = Object.assign(document.createElement('div'), { id: 'chatra' })
  vendor.innerHTML = '<iframe title="chat"></iframe>'
  document.body.append(vendor)
  const pageLink = document.head.querySelector('link')

  navigate(page('Pricing'))
  expect(document.querySelector('h2')?.textContent).toBe('Pricing')
  expect(document.getElementById('chatra')).toBe(vendor)
  expect(document.head.contains(script)).toBe(true)
  // Marked as run: Astro runs every other script again after a swap.
  expect(script.hasAttribute('data-astro-exec')).toBe(true)
  expect(document.head.contains(style)).toBe(true)
  expect(document.head.querySelector('link')).toBe(pageLink)
  // No stand-in is left behind.
  expect(document.querySelectorAll('template')).toHaveLength(0)

  // And again, with nothing new: the same nodes, once each.
  navigate(page('Checkout'))
  expect(document.getElementById('chatra')).toBe(vendor)
  expect(document.querySelectorAll('#chatra')).toHaveLength(1)
  expect(document.querySelectorAll('script[data-chatmount]')).toHaveLength(1)
  expect(document.head.contains(style)).toBe(true)
  expect(document.title).toBe('Checkout')
})

it('keeps nothing of the body before the provider is known, and stops when asked', () => {
  stop = keepAcrossSwaps(document, () => undefined)
  const vendor = Object.assign(document.createElement('div'), { id: 'chatra' })
  document.body.append(vendor)
  navigate(page('Pricing'))
  expect(document.getElementById('chatra')).toBeNull()

  stop()
  const style = document.createElement('style')
  document.head.append(style)
  navigate(page('Checkout'))
  expect(document.head.contains(style)).toBe(false)
})

it('leaves the page’s own transition:persist elements to Astro', () => {
  stop = keepAcrossSwaps(document, () => '#chatra')
  const own = document.createElement('aside')
  own.setAttribute('data-astro-transition-persist', 'sidebar')
  document.body.append(own)
  const next = page('Pricing')
  const counterpart = next.createElement('aside')
  counterpart.setAttribute('data-astro-transition-persist', 'sidebar')
  next.body.append(counterpart)
  navigate(next)
  expect(document.querySelector('aside')).toBe(own)
  expect(own.getAttribute('data-astro-transition-persist')).toBe('sidebar')
})
