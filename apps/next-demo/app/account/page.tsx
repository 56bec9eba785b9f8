import { chaportUserToken, chaportVisitorHash } from '@chatmount/server'
import type { Metadata } from 'next'
import { SignIn } from './SignIn'

export const metadata: Metadata = { title: 'Account · chatmount Next.js demo' }
export const dynamic = 'force-dynamic'

// Real apps keep the salt in the environment and the visitor id the page once reported
// (chat.get('visitorId')) with the user; the demo's are fixed.
const salt = process.env.CHAPORT_SALT ?? 'demo-chaport-salt-not-for-production'
const user = {
  chaportVisitorId: 'demo-chaport-visitor-42',
  name: 'Jane Doe',
  email: 'jane@example.com',
}

/** A signed-in visitor: the Chaport hash and token are made here, on the server, never in the page. */
export default async function Account() {
  const fields = { name: user.name, email: user.email }
  const visitor = {
    id: user.chaportVisitorId,
    token: await chaportUserToken(salt, user.chaportVisitorId),
    hash: await chaportVisitorHash(salt, fields),
    ...fields,
  }
  return (
    <section>
      <h2>Account</h2>
      <p>
        Signed in as {user.name}. With <code>?provider=chaport</code> the chat continues this
        visitor&apos;s conversation: <code>chaportUserToken</code> and{' '}
        <code>chaportVisitorHash</code> ran on the server.
      </p>
      <SignIn visitor={visitor} />
    </section>
  )
}
