import type { ChatError } from '@chatmount/core'
import { useChatEvent } from '@chatmount/react'

export interface ChatCallbackProps {
  /** Called when the vendor is ready. */
  onReady?: () => void
  /** Called with every `ChatError` (load failed, timeout, vendor threw, unsupported). */
  onError?: (error: ChatError) => void
}

/** `onReady` / `onError` props as event subscriptions. */
export function ChatCallbacks({ onReady, onError }: ChatCallbackProps): null {
  // An absent callback listens to no event at all: an error nobody handles still reaches the console.
  useChatEvent(onReady ? 'ready' : 'none', () => onReady?.())
  useChatEvent(onError ? 'error' : 'none', (error) => onError?.(error as ChatError))
  return null
}
