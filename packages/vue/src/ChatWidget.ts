import { defineComponent, provide, type PropType } from 'vue'
import type {
  AnyProvider,
  Fallback,
  LoadStrategy,
  ProviderName,
  SignedInVisitor,
  Visitor,
} from '@chatmount/core'
import { defaultChatKey, type ChatKey } from './chatKey'
import { manageChat, type ReactiveChatOptions } from './manageChat'

/**
 * A chat for as long as this component is mounted: the same options as props (reactive), and
 * its subtree can `useChat()` it. Renders its default slot, or nothing.
 */
export const ChatWidget = defineComponent({
  name: 'ChatWidget',
  props: {
    provider: {
      type: [String, Object] as PropType<ProviderName | AnyProvider>,
      default: undefined,
    },
    token: { type: String, required: true },
    load: { type: String as PropType<LoadStrategy>, default: undefined },
    consent: { type: Boolean, default: true },
    timeout: { type: Number, default: undefined },
    scriptUrl: { type: String, default: undefined },
    nonce: { type: String, default: undefined },
    referrerPolicy: { type: String as PropType<ReferrerPolicy>, default: undefined },
    visitor: { type: Object as PropType<Visitor>, default: undefined },
    user: { type: Object as PropType<SignedInVisitor>, default: undefined },
    target: { type: [String, Object] as PropType<Element | string>, default: undefined },
    options: { type: Object as PropType<object>, default: undefined },
    fallback: { type: [String, Function] as PropType<Fallback>, default: undefined },
    /** Provide the chat under this key instead of the default one. */
    chatKey: { type: [String, Symbol] as PropType<ChatKey>, default: undefined },
  },
  setup(props, { slots }) {
    const { chatKey, ...options } = props
    // Each option as a getter, so prop changes flow into the chat.
    const reactive = Object.fromEntries(
      Object.keys(options).map((name) => [name, () => props[name as keyof typeof props]]),
    )
    provide(chatKey ?? defaultChatKey, manageChat(reactive as ReactiveChatOptions))
    return () => slots.default?.()
  },
})
