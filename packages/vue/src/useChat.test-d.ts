import { expectTypeOf, it } from 'vitest'
import { ref, type ComputedRef } from 'vue'
import { chatPlugin, type ChatPluginOptions } from './chatPlugin'
import { useChat } from './useChat'
import { useChatEvent } from './useChatEvent'

it('types follow the provider', () => {
  const chatra = useChat<'chatra'>()
  chatra.call('setButtonPosition', 'bl')
  // @ts-expect-error not a Chatra method
  chatra.call('openWidget')
  expectTypeOf(useChat<'raychat'>().get('isWidgetOpen')).toEqualTypeOf<Promise<boolean>>()
  expectTypeOf(chatra.unread).toEqualTypeOf<ComputedRef<number | null>>()
  useChatEvent('message', (message) => expectTypeOf(message.text).toEqualTypeOf<string>())
})

it('plugin options take plain values, refs or getters', () => {
  const options: ChatPluginOptions = {
    token: ref('x'),
    load: () => 'idle' as const,
    consent: ref(false),
  }
  expectTypeOf(chatPlugin.install).toBeFunction()
  // @ts-expect-error not a load strategy
  const wrong: ChatPluginOptions = { token: 'x', load: 'later' }
  void options
  void wrong
})
