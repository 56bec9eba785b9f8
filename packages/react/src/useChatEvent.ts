import type { ChatEventName, ChatEvents } from '@chatmount/core'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useChatHandle } from './context'

// useLayoutEffect keeps the handler fresh before any event can fire; on the server it is not needed.
const useFreshEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/** Call `handler` on every `name` event. Always the latest handler; one subscription. */
export function useChatEvent<E extends ChatEventName | (string & {})>(
  name: E,
  handler: (payload: E extends ChatEventName ? ChatEvents[E] : unknown) => void,
): void {
  const handle = useChatHandle('useChatEvent')
  const latest = useRef(handler)
  useFreshEffect(() => {
    latest.current = handler
  })
  useEffect(
    () => handle.on(name as never, (payload: never) => latest.current(payload)),
    [handle, name],
  )
}
