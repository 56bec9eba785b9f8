'use client'
import { useActionState } from 'react'
import { pushMessage } from './actions'

/** The back office's form: a server action pushes the message through Chatra's REST API. */
export function PushForm() {
  const [result, push, pending] = useActionState(pushMessage, {})
  return (
    <form action={push}>
      <label>
        Message to the signed-in visitor{' '}
        <input name="text" defaultValue="Your order has shipped!" />
      </label>{' '}
      <button type="submit" disabled={pending}>
        Push message
      </button>
      <output data-push-result>{result.sent ? `sent ${result.sent}` : result.error}</output>
    </form>
  )
}
