import {
  ChatError,
  createChat,
  createLauncher,
  type ChatClient,
  type ClientFor,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import type { LauncherFactory } from './launcherElement'
import { reportError } from './reportError'

/**
 * A call pushed onto `window.chatmount`: a method's name and its arguments, or a function that gets
 * the chat once it exists (to subscribe, to read its state).
 */
export type ChatCall = [method: string, ...args: unknown[]] | ((chat: PageChat) => void)

/** `window.chatmount` once the chat exists: the chat's methods, and `push` still takes calls. */
export type PageChat<P extends ProviderName = ProviderName> = ClientFor<P> & {
  push(...calls: ChatCall[]): void
}

declare global {
  interface Window {
    /** The page's chat; before it exists, the calls pushed for it (see `@chatmount/element`). */
    chatmount?: PageChat | ChatCall[]
  }
}

/**
 * Create the page's one chat and make it `window.chatmount`: the calls pushed before it existed run
 * now, in order, and later ones at once. Every error of the chat is reported (`reportError`); a
 * call that throws or names no method is reported too, never thrown at the page. Throws the
 * `ChatError('config')` of bad options, and a `config` error if the page already has its chat
 * (one that was destroyed can be replaced).
 */
export function openPageChat(options: CreateChatOptions<ProviderName>): {
  chat: PageChat
  launcher: LauncherFactory
} {
  const pending = window.chatmount
  // Anything but calls waiting, nothing, or a chat that was destroyed is a chat (or a name taken).
  const replaceable =
    !pending ||
    Array.isArray(pending) ||
    (typeof pending.getState == 'function' && pending.getState().status == 'destroyed')
  if (!replaceable) {
    throw new ChatError(
      'config',
      "window.chatmount is taken: by the page's chat (one per page), or by something else of the page's.",
    )
  }
  const chat = createChat(options) as ChatClient<any>
  chat.on('error', reportError)
  const run = (call: ChatCall) => {
    try {
      if (typeof call == 'function') return call(page)
      const [method, ...args] = Array.isArray(call) ? call : [call]
      const act = (chat as unknown as Record<string, unknown>)[method]
      if (typeof act != 'function' || method == 'push') {
        throw new ChatError('config', `window.chatmount has no method ${JSON.stringify(method)}.`)
      }
      const result = act(...args)
      // A refused promise is also an 'error' event, reported above.
      if (result instanceof Promise) result.catch(() => {})
    } catch (error) {
      reportError(error)
    }
  }
  const page = Object.assign(Object.create(chat) as PageChat, {
    push: (...calls: ChatCall[]) => calls.forEach(run),
  })
  window.chatmount = page
  if (Array.isArray(pending)) pending.forEach((call) => page.push(call))
  return { chat: page, launcher: (launcherOptions) => createLauncher(chat, launcherOptions) }
}
