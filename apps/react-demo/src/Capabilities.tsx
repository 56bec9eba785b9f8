import { useChat, type Capability } from '@chatmount/react'

const asked: Capability[] = [
  'open',
  'close',
  'toggle',
  'show',
  'hide',
  'reset',
  'pageView',
  'identify',
  'unread',
  'events.open',
  'events.message',
]

/** What `chat.supports()` says about the current provider. */
export function Capabilities() {
  const chat = useChat()
  if (!chat.provider) return null
  const supported = asked.filter((capability) => chat.supports(capability))
  return (
    <p id="capabilities">
      {chat.provider} supports: {supported.join(', ') || 'no browser API'}
    </p>
  )
}
