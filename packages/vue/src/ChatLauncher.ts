import { defineComponent, h, type PropType } from 'vue'
import { injectChat, type ChatKey } from './chatKey'
import { useChatStateRef } from './useChatState'

/**
 * A real `<button>` that costs no vendor bytes until the visitor shows intent: hovering or focusing
 * it starts loading, clicking opens the chat (loading first if needed; after a failure, retrying).
 * `aria-busy` while loading; `data-status` carries the chat status for styling. Its default slot
 * receives `{ state }` to show loading or error content. Once the vendor is ready its own launcher
 * takes over: this button turns invisible but keeps its box, so nothing moves (`give-way="false"`
 * keeps it).
 */
export const ChatLauncher = defineComponent({
  name: 'ChatLauncher',
  props: {
    giveWay: { type: Boolean, default: true },
    chatKey: { type: [String, Symbol] as PropType<ChatKey>, default: undefined },
  },
  emits: ['click'],
  setup(props, { slots, emit }) {
    const chat = injectChat(props.chatKey, 'ChatLauncher')
    const state = useChatStateRef(chat)
    const warmUp = () => {
      const { status } = state.value
      if (status == 'idle' || status == 'waiting') chat.load().catch(() => {})
    }
    return () => {
      const { status } = state.value
      const hidden = props.giveWay && status == 'ready'
      return h(
        'button',
        {
          type: 'button',
          'data-chat-launcher': '',
          'data-status': status,
          'aria-busy': status == 'loading' ? 'true' : undefined,
          'aria-hidden': hidden ? 'true' : undefined,
          tabindex: hidden ? -1 : undefined,
          style: hidden ? { visibility: 'hidden' } : undefined,
          onPointerenter: warmUp,
          onFocus: warmUp,
          onClick(event: MouseEvent) {
            emit('click', event)
            if (event.defaultPrevented) return
            if (status == 'error') chat.retry().then(chat.open, () => {})
            else chat.open()
          },
        },
        slots.default?.({ state: state.value }) ?? 'Chat with us',
      )
    }
  },
})
