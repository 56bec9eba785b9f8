import Link from 'next/link'

/** Client-side navigation between the App Router pages; the Pages Router page is a full load. */
export function Nav() {
  return (
    <nav aria-label="Demo pages">
      <Link href="/">Home</Link> · <Link href="/pricing">Pricing</Link> ·{' '}
      <Link href="/pricing?plan=team">Team plan</Link> · <Link href="/checkout">Checkout</Link> ·{' '}
      <Link href="/playground">Playground</Link> · <Link href="/support">Support</Link> ·{' '}
      <Link href="/help">Help</Link> · <Link href="/account">Account</Link> ·{' '}
      <a href="/legacy">Pages Router page</a>
    </nav>
  )
}
