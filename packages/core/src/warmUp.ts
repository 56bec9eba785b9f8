/**
 * A `preconnect` hint for the host a vendor's script comes from, when that is another origin: the
 * connection is open by the time the visitor asks for the chat, and not one byte of the vendor is
 * fetched before. Returns what takes the hint out again.
 */
export function preconnect(document: Document, url: string, nonce?: string): () => void {
  const { origin } = new URL(url)
  if (origin == new URL(document.baseURI).origin) return () => {}
  const link = document.createElement('link')
  link.rel = 'preconnect'
  link.href = origin
  if (nonce) link.setAttribute('nonce', nonce)
  document.head.append(link)
  return () => link.remove()
}
