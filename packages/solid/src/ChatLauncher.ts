import { createLauncher, type ChatState } from '@chatmount/core'
import {
  createComponent,
  createEffect,
  createSignal,
  mergeProps,
  onCleanup,
  splitProps,
  type JSX,
} from 'solid-js'
import { Dynamic } from 'solid-js/web'
import { useChat } from './context'

export interface ChatLauncherProps extends Omit<
  JSX.ButtonHTMLAttributes<HTMLButtonElement>,
  'children'
> {
  /**
   * The button's content, or a function of the chat state (to show loading, error or the fallback
   * your way: while `state.fallback`, a click leads to the chat's fallback, so say where). Default
   * "Chat with us", and "Contact us" while it leads to the fallback.
   */
  children?: JSX.Element | ((state: ChatState) => JSX.Element)
  /**
   * For a launcher placed where the vendor's own button appears: once that button is drawn, and
   * the visitor is neither pointing at it nor focused on it, it turns invisible (keeping its box)
   * and leaves the tab order. Default `false`: an inline button that stays.
   */
  giveWay?: boolean
}

type Handler<E extends Event> = JSX.EventHandlerUnion<HTMLButtonElement, E> | undefined

/** Call an app's handler as Solid would: a function, or `[handler, data]`. */
function call<E extends Event>(handler: Handler<E>, event: E) {
  if (typeof handler == 'function') (handler as (event: E) => void)(event)
  else if (Array.isArray(handler))
    (handler[0] as (data: unknown, event: E) => void)(handler[1], event)
}

/**
 * A real `<button>` that costs no vendor bytes until the visitor shows intent: pointing at it or
 * focusing it starts loading, clicking (or Enter) opens the chat, loading first if needed, retrying
 * after a failure (or, where the chat has a `fallback`, going there). `aria-busy` while loading;
 * `data-status` carries the chat status for styling, `data-fallback` marks a launcher that leads to
 * the fallback, and unread messages show as a badge (`data-chat-badge`, its number part of the
 * button's name) with `data-unread` on the button. The rules are core's `createLauncher`. Written
 * without JSX (Solid's `Dynamic`), so the package needs no compiler of its own and renders on the
 * server as in the browser.
 */
export function ChatLauncher(props: ChatLauncherProps): JSX.Element {
  const [local, rest] = splitProps(props, [
    'giveWay',
    'children',
    'style',
    'onPointerEnter',
    'onPointerLeave',
    'onFocus',
    'onBlur',
    'onClick',
  ])
  const chat = useChat()
  const launcher = createLauncher(chat, { giveWay: !!local.giveWay })
  const [view, setView] = createSignal(launcher.getState())
  // In the browser only (effects do not run on the server): the launcher follows the chat.
  createEffect(() => onCleanup(launcher.subscribe(() => setView(launcher.getState()))))
  createEffect(() => launcher.setOptions({ giveWay: !!local.giveWay }))

  const own: Record<string, unknown> = {
    component: 'button',
    type: 'button',
    get style() {
      const { style } = local
      if (!view().hidden) return style
      return typeof style == 'string'
        ? `${style};visibility:hidden`
        : { ...style, visibility: 'hidden' }
    },
    get children() {
      const { children } = local
      const { unread, words } = view()
      const content =
        typeof children == 'function' && children.length
          ? children(chat.state())
          : (children ?? words)
      const badge = createComponent(Dynamic, {
        component: 'span',
        'data-chat-badge': '',
        children: unread,
      })
      return unread ? [content, ' ', badge] : content
    },
    onPointerEnter(event: PointerEvent) {
      call(local.onPointerEnter, event)
      launcher.hover(true)
    },
    onPointerLeave(event: PointerEvent) {
      call(local.onPointerLeave, event)
      launcher.hover(false)
    },
    onFocus(event: FocusEvent) {
      call(local.onFocus, event)
      launcher.focus(true)
    },
    onBlur(event: FocusEvent) {
      call(local.onBlur, event)
      launcher.focus(false)
    },
    onClick(event: MouseEvent) {
      call(local.onClick, event)
      if (!event.defaultPrevented) launcher.activate()
    },
  }
  // The attributes every launcher carries (`data-status`, `aria-busy`, …), each read reactively.
  for (const name of Object.keys(view().attributes)) {
    Object.defineProperty(own, name, { get: () => view().attributes[name], enumerable: true })
  }
  return createComponent(Dynamic, mergeProps(rest, own) as Parameters<typeof Dynamic>[0])
}
