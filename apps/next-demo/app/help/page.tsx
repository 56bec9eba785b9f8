import type { Metadata } from 'next'

export const metadata: Metadata = { title: 'Help · chatmount Next.js demo' }

export default function Help() {
  return (
    <section>
      <h2>Help</h2>
      <p>
        The support team has its own widget here (Raychat): the chat is re-created with it, and the
        other widget is taken out of the page. Come back Home and its conversation is still there.
      </p>
    </section>
  )
}
