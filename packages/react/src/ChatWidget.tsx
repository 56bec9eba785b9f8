import type { AnyProvider, ProviderName } from '@chatmount/core'
import { useChatLifecycle, type ChatProps } from './useChatLifecycle'

export type ChatWidgetProps<P extends ProviderName | AnyProvider = 'raychat'> = ChatProps<P>

/** The whole install for an app that needs no hooks: `<ChatWidget token="…" />` anywhere. Renders nothing. */
export function ChatWidget<P extends ProviderName | AnyProvider = 'raychat'>(
  props: ChatWidgetProps<P>,
): null {
  useChatLifecycle(props as ChatProps)
  return null
}
