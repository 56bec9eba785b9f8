import { createLauncher, type ChatState } from '@chatmount/core'
import {
  forwardRef,
  useEffect,
  useState,
  useSyncExternalStore,
  type ButtonHTMLAttributes,
  type ReactNode,
} from 'react'
import { useChatHandle } from './context'
import { useChatState } from './useChatState'

export interface ChatLauncherProps extends Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'children'
> {
  /**
   * The button's content, or a function of the chat state (to show loading, error or the fallback
   * your way: while `state.fallback`, a click leads to the chat's fallback, so say where). Default
   * "Chat with us", and "Contact us" while it leads to the fallback.
   */
  children?: ReactNode | ((state: ChatState) => ReactNode)
  /**
   * For a launcher placed where the vendor's own button appears: once the vendor has been ready a
   * moment, and the visitor is neither pointing at it nor focused on it, it turns invisible
   * (keeping its box) and leaves the tab order. Default `false`: an inline button that stays.
   */
  giveWay?: boolean
}

/**
 * A real `<button>` that costs no vendor bytes until the visitor shows intent: pointing at it or
 * focusing it starts loading, clicking (or Enter) opens the chat, loading first if needed, retrying
 * after a failure (or, where the chat has a `fallback`, going there). `aria-busy` while loading;
 * `data-status` carries the chat status for styling, `data-fallback` marks a launcher that leads to
 * the fallback, and unread messages show as a badge (`data-chat-badge`, its number part of the
 * button's name) with `data-unread` on the button.
 * The rules are core's `createLauncher`.
 */
export const ChatLauncher = forwardRef<HTMLButtonElement, ChatLauncherProps>(function ChatLauncher(
  {
    children,
    giveWay = false,
    onPointerEnter,
    onPointerLeave,
    onFocus,
    onBlur,
    onClick,
    style,
    ...rest
  },
  ref,
) {
  const chat = useChatHandle('ChatLauncher')
  const [launcher] = useState(() => createLauncher(chat, { giveWay }))
  useEffect(() => launcher.setOptions({ giveWay }), [launcher, giveWay])
  // Hydrated with what the server rendered: a part of the page that hydrates after the chat moved
  // on (a Next.js page below its layout) then takes the chat's state as an update.
  const { hidden, unread, words, attributes } = useSyncExternalStore(
    launcher.subscribe,
    launcher.getState,
    launcher.getServerState,
  )
  const state = useChatState()
  return (
    <button
      ref={ref}
      type="button"
      {...attributes}
      style={hidden ? { ...style, visibility: 'hidden' } : style}
      onPointerEnter={(event) => {
        onPointerEnter?.(event)
        launcher.hover(true)
      }}
      onPointerLeave={(event) => {
        onPointerLeave?.(event)
        launcher.hover(false)
      }}
      onFocus={(event) => {
        onFocus?.(event)
        launcher.focus(true)
      }}
      onBlur={(event) => {
        onBlur?.(event)
        launcher.focus(false)
      }}
      onClick={(event) => {
        onClick?.(event)
        if (!event.defaultPrevented) launcher.activate()
      }}
      {...rest}
    >
      {typeof children == 'function' ? children(state) : (children ?? words)}
      {unread > 0 && (
        <>
          {' '}
          <span data-chat-badge="">{unread}</span>
        </>
      )}
    </button>
  )
})
