import type { CreateChatOptions, ProviderName } from '@chatmount/core'
import { defineLauncherElement, driveLaunchers } from './launcherElement'
import { openPageChat, type PageChat } from './pageChat'

export { defineLauncherElement, LAUNCHER_ELEMENT } from './launcherElement'
export type { LauncherFactory } from './launcherElement'
export type { ChatCall, PageChat } from './pageChat'
export { tagOptions } from './tagOptions'

/**
 * What the script tag does, for an app that bundles its own code: create the page's one chat
 * (`createChat`'s options, checked the same way), make it `window.chatmount` (the calls pushed
 * before run now, in order), and define `<chatmount-launcher>` to follow it. Errors of the chat
 * are `chatmount:error` events on `document` (on the console unless one is prevented). Throws the
 * `ChatError('config')` of bad options, or if the page already has its chat.
 */
export function startChat<P extends ProviderName>(options: CreateChatOptions<P>): PageChat<P> {
  const { chat, launcher } = openPageChat(options as CreateChatOptions<ProviderName>)
  defineLauncherElement()
  driveLaunchers(launcher)
  return chat as unknown as PageChat<P>
}
