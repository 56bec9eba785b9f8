import {
  createChatHandle,
  readOptionsDeep,
  validateChatOptions,
  type AnyProvider,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { setContext } from 'svelte'
import { defaultChatKey, type ChatKey } from './chatContext.js'
import { reactiveChat, type Chat } from './reactiveChat.svelte.js'

/** `createChat`'s options, or a function of them that reads reactive state (props, `$state`). */
export type ChatOptionsInput<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  CreateChatOptions<P> | (() => CreateChatOptions<P>)

/**
 * One chat for this component and its children (call it in the root layout): `getChat()` below it
 * finds it. It exists in the browser only (an effect creates it; server rendering adds nothing),
 * follows the options as they change (core's handle decides what a change means: a new provider
 * or token re-creates it, a new visitor identifies, …), and is destroyed with the component.
 * Invalid options throw a `ChatError('config')` here, on the server too.
 */
export function setChat<P extends ProviderName | AnyProvider>(
  options: ChatOptionsInput<P>,
  key: ChatKey = defaultChatKey,
): Chat {
  const read = () => (typeof options == 'function' ? options() : options)
  validateChatOptions(read() as CreateChatOptions<ProviderName | AnyProvider>)
  const handle = createChatHandle()
  $effect(() => {
    const next = read() as CreateChatOptions<ProviderName | AnyProvider>
    readOptionsDeep(next)
    handle.setOptions(next)
  })
  $effect(() => () => handle.setOptions(null))
  const chat = reactiveChat(handle)
  setContext(key, chat)
  return chat
}
