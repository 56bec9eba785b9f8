import type { Metadata } from 'next'
import { ChatPanel } from '../../components/ChatPanel'

export const metadata: Metadata = { title: 'Playground · chatmount Next.js demo' }

export default function Playground() {
  return (
    <section>
      <h2>Playground</h2>
      <p>
        <code>useChat</code>, <code>useChatState</code>, <code>useChatEvent</code> and{' '}
        <code>&lt;ChatLauncher&gt;</code>, under the layout&apos;s widget.
      </p>
      <ChatPanel />
    </section>
  )
}
