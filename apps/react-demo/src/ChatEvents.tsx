import { useChatEvent } from '@chatmount/react'
import type { WriteLog } from './useEventLog'

/** Writes every unified chat event to the log. Renders nothing. */
export function ChatEvents({ write }: { write: WriteLog }) {
  useChatEvent('ready', () => write('ready'))
  useChatEvent('open', () => write('open'))
  useChatEvent('close', () => write('close'))
  useChatEvent('message', (message) => write('message', { from: message.from, text: message.text }))
  useChatEvent('unread', (count) => write('unread', count))
  useChatEvent('error', (error) => write('error', `${error.code}: ${error.message}`))
  return null
}
