import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Checkout · chatmount Next.js demo' }

export default function Checkout() {
  return (
    <section>
      <h2>Checkout</h2>
      <p>
        This route is in <code>hideOn</code>: the widget is hidden here and comes back, with the
        same conversation, on the next page.
      </p>
    </section>
  )
}
