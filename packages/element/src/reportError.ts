/**
 * Tell the page about an error of its chat: a cancelable `chatmount:error` event on `document`
 * (its `detail` is the `ChatError`), and on the console unless a listener called
 * `preventDefault()`. A page without a script of its own still sees what went wrong.
 */
export function reportError(error: unknown): void {
  const event = new CustomEvent('chatmount:error', { detail: error, cancelable: true })
  if (document.dispatchEvent(event)) console.error(error)
}
