import { createLauncher } from '@chatmount/core'
import { defineComponent, h, onScopeDispose, shallowRef, watch, type PropType } from 'vue'
import { injectChat, type ChatKey } from './chatKey'
import { useChatStateRef } from './useChatState'

/**
 * A real `<button>` that costs no vendor bytes until the visitor shows intent: pointing at it or
 * focusing it starts loading, clicking (or Enter) opens the chat, loading first if needed, retrying
 * after a failure (or, where the chat has a `fallback`, going there). `aria-busy` while loading;
 * `data-status` carries the chat status for styling, `data-fallback` marks a launcher that leads to
 * the fallback, and unread messages show as a badge (`data-chat-badge`, its number part of the
 * button's name) with `data-unread` on the button. Its default slot receives `{ state }` to show
 * loading, error or fallback content ("Chat with us", and "Contact us" while it leads to the
 * fallback, by default). `give-way`: for a launcher placed where the vendor's own button appears,
 * it turns invisible (keeping its box) once the vendor has been ready a moment and the visitor is
 * neither pointing at it nor focused on it. The rules are core's `createLauncher`.
 */
export const ChatLauncher = defineComponent({
  name: 'ChatLauncher',
  props: {
    giveWay: { type: Boolean, default: false },
    chatKey: { type: [String, Symbol] as PropType<ChatKey>, default: undefined },
  },
  emits: ['click'],
  setup(props, { slots, emit }) {
    const chat = injectChat(props.chatKey, 'ChatLauncher')
    const state = useChatStateRef(chat)
    const launcher = createLauncher(chat, { giveWay: props.giveWay })
    const view = shallowRef(launcher.getState())
    onScopeDispose(launcher.subscribe(() => (view.value = launcher.getState())))
    watch(
      () => props.giveWay,
      (giveWay) => launcher.setOptions({ giveWay }),
    )
    return () => {
      const { hidden, unread, words, attributes } = view.value
      return h(
        'button',
        {
          type: 'button',
          ...attributes,
          style: hidden ? { visibility: 'hidden' } : undefined,
          onPointerenter: () => launcher.hover(true),
          onPointerleave: () => launcher.hover(false),
          onFocus: () => launcher.focus(true),
          onBlur: () => launcher.focus(false),
          onClick(event: MouseEvent) {
            emit('click', event)
            if (!event.defaultPrevented) launcher.activate()
          },
        },
        [
          slots.default?.({ state: state.value }) ?? words,
          unread ? [' ', h('span', { 'data-chat-badge': '' }, unread)] : null,
        ],
      )
    }
  },
})
