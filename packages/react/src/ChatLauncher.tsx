import type { ChatState } from '@chatmount/core'
import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react'
import { useChatHandle } from './context'
import { useChatState } from './useChatState'

export interface ChatLauncherProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  /** The button's content, or a function of the chat state (to show loading or error your way). */
  children?: ReactNode | ((state: ChatState) => ReactNode)
  /**
   * Once the vendor is ready its own launcher takes over: this button turns invisible but keeps its
   * box, so nothing moves. Set to false to keep it visible (e.g. when the vendor's launcher is off).
   */
  giveWay?: boolean
}

/**
 * A real `<button>` that costs no vendor bytes until the visitor shows intent: hovering or focusing
 * it starts loading, clicking opens the chat (loading first if needed; after a failure, retrying).
 * `aria-busy` while loading; `data-status` carries the chat status for styling.
 */
export const ChatLauncher = forwardRef<HTMLButtonElement, ChatLauncherProps>(function ChatLauncher(
  { children = 'Chat with us', giveWay = true, onPointerEnter, onFocus, onClick, style, ...rest },
  ref,
) {
  const chat = useChatHandle('ChatLauncher')
  const state = useChatState()
  const { status } = state
  const warmUp = () => {
    if (status == 'idle' || status == 'waiting') chat.load().catch(() => {})
  }
  const hidden = giveWay && status == 'ready'
  return (
    <button
      ref={ref}
      type="button"
      data-chat-launcher=""
      data-status={status}
      aria-busy={status == 'loading' || undefined}
      aria-hidden={hidden || undefined}
      tabIndex={hidden ? -1 : undefined}
      style={hidden ? { ...style, visibility: 'hidden' } : style}
      onPointerEnter={(event) => {
        onPointerEnter?.(event)
        warmUp()
      }}
      onFocus={(event) => {
        onFocus?.(event)
        warmUp()
      }}
      onClick={(event) => {
        onClick?.(event)
        if (event.defaultPrevented) return
        if (status == 'error') chat.retry().then(chat.open, () => {})
        else chat.open()
      }}
      {...rest}
    >
      {typeof children == 'function' ? children(state) : children}
    </button>
  )
})
