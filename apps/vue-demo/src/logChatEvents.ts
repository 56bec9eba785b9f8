import { useChatEvent } from '@chatmount/vue'
import type { WriteLog } from './eventLog'

/** Writes every unified chat event to the log, until the calling component unmounts. */
export function logChatEvents(write: WriteLog): void {
  useChatEvent('ready', () => write('ready'))
  useChatEvent('open', () => write('open'))
  useChatEvent('close', () => write('close'))
  useChatEvent('message', (message) => write('message', { from: message.from, text: message.text }))
  useChatEvent('unread', (count) => write('unread', count))
  useChatEvent('error', (error) => write('error', `${error.code}: ${error.message}`))
}
