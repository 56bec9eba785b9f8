import type { AnyProvider, ProviderName } from '@chatmount/core'
import type { ReactNode } from 'react'
import { ChatContext } from './context'
import { useChatLifecycle, type ChatProps } from './useChatLifecycle'

export type ChatProviderProps<P extends ProviderName | AnyProvider = 'raychat'> = ChatProps<P> & {
  children?: ReactNode
}

/** One chat for the subtree: every `createChat` option as a prop. */
export function ChatProvider<P extends ProviderName | AnyProvider = 'raychat'>({
  children,
  ...options
}: ChatProviderProps<P>) {
  const handle = useChatLifecycle(options as ChatProps)
  return <ChatContext.Provider value={handle}>{children}</ChatContext.Provider>
}
