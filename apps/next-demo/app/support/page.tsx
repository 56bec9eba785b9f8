import type { Metadata } from 'next'
import { backOffice, demoClientId } from '../../server/chatraBackOffice'
import { simulateTranscript } from './actions'
import { PushForm } from './PushForm'

export const metadata: Metadata = { title: 'Support · chatmount Next.js demo' }
export const dynamic = 'force-dynamic'

/** The app's back office, on the server: Chatra's REST API and its webhooks, with @chatmount/server. */
export default async function Support() {
  const clientId = await demoClientId()
  const pushed = backOffice.emulator.messages.filter(
    (message) => message.clientId == clientId && message.isPushed,
  )
  return (
    <section>
      <h2>Support</h2>
      <p>
        A server action pushes a message with <code>createChatraApi</code>; Chatra&apos;s webhooks
        reach <code>/api/chatra-webhook</code> (<code>chatraWebhook</code>). Offline, the Chatra API
        is the emulated one.
      </p>
      <PushForm />
      <h3>Pushed to this visitor</h3>
      <ul data-pushed-messages>
        {pushed.map((message) => (
          <li key={message.id}>{message.text}</li>
        ))}
      </ul>
      <h3>Last transcripts</h3>
      <form action={simulateTranscript}>
        <button type="submit">Simulate a finished chat (Chatra posts chatTranscript)</button>
      </form>
      <ul data-transcripts>
        {backOffice.transcripts.map((transcript, index) => (
          <li key={index}>
            {transcript.client.displayedName ?? transcript.client.id}: {transcript.messages.length}{' '}
            messages, last: “{transcript.messages.at(-1)?.text}”
          </li>
        ))}
      </ul>
    </section>
  )
}
