import { describeCapabilities } from '@chatmount/e2e/demo'
import { useChat } from '@chatmount/react'

/** What `chat.supports()` says about the current provider. */
export function Capabilities() {
  const chat = useChat()
  if (!chat.provider) return null
  return <p id="capabilities">{describeCapabilities(chat.provider, chat.supports)}</p>
}
