import {
  createChatHandle,
  validateChatOptions,
  type AnyProvider,
  type ChatHandle,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { useEffect, useRef, useState } from 'react'

export type ChatProps<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> =
  CreateChatOptions<P>

/**
 * Own one chat for as long as the component is mounted, following its props: core's handle decides
 * what a change means (see `ChatHandle.setOptions`). The props reach it in an effect, so a server
 * render or a discarded render creates nothing.
 */
export function useChatLifecycle(props: ChatProps): ChatHandle {
  // Invalid options fail here, during render, where an error boundary can catch them.
  validateChatOptions(props)
  const [handle] = useState(createChatHandle)
  const latest = useRef(props)
  latest.current = props
  // After every commit: equal props change nothing, so this is cheap.
  useEffect(() => handle.setOptions(latest.current))
  useEffect(() => () => handle.setOptions(null), [handle])
  return handle
}
