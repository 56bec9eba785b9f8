import {
  createChatHandle,
  readOptionsDeep,
  validateChatOptions,
  type AnyProvider,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { createComponent, createEffect, onCleanup, splitProps, type JSX } from 'solid-js'
import { solidChat } from './chat'
import { ChatContext } from './context'

export type ChatProviderProps<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  CreateChatOptions<P> & { children?: JSX.Element }

/**
 * One chat for the components inside (`useChat()`), its options the props: reactive props are
 * followed (core's handle decides what a change means: a new provider or token re-creates the chat,
 * a new visitor identifies, …). Created by an effect, so only in the browser; destroyed with the
 * provider. Invalid options throw a `ChatError('config')` as it is created, on the server too.
 */
export function ChatProvider<P extends ProviderName | AnyProvider>(
  props: ChatProviderProps<P>,
): JSX.Element {
  const [local, options] = splitProps(props, ['children'])
  const read = () => ({ ...options }) as CreateChatOptions<ProviderName | AnyProvider>
  validateChatOptions(read())
  const handle = createChatHandle()
  createEffect(() => {
    const next = read()
    readOptionsDeep(next)
    handle.setOptions(next)
  })
  onCleanup(() => handle.setOptions(null))
  return createComponent(ChatContext.Provider, {
    value: solidChat(handle),
    get children() {
      return local.children
    },
  })
}
