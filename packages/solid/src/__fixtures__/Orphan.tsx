// A component that asks for a chat nobody provided.
import { useChat } from '../context'

export function Orphan() {
  useChat()
  return null
}
