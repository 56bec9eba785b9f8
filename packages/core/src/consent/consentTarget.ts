import type { ChatClient } from '../client'

/** What a consent bridge needs of a chat: a client, a framework package's chat, `window.chatmount`. */
export type ConsentTarget = Pick<ChatClient<any>, 'setConsent'>

/** Tell the chat a decision once, and again only when it changes. */
export function consentReporter(chat: ConsentTarget): (granted: boolean) => void {
  let last: boolean | undefined
  return (granted) => {
    if (granted === last) return
    last = granted
    chat.setConsent(granted)
  }
}
