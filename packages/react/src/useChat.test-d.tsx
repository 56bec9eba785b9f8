import { expectTypeOf, it } from 'vitest'
import { ChatProvider } from './ChatProvider'
import { useChat } from './useChat'
import { useChatEvent } from './useChatEvent'
import { useChatState } from './useChatState'

it('types follow the provider', () => {
  const chatra = useChat<'chatra'>()
  chatra.call('setButtonPosition', 'bl')
  // @ts-expect-error not a Chatra method
  chatra.call('openWidget')
  expectTypeOf(useChat<'raychat'>().get('isWidgetOpen')).toEqualTypeOf<Promise<boolean>>()
  expectTypeOf(useChatState((state) => state.unread)).toEqualTypeOf<number | null>()
  useChatEvent('message', (message) => expectTypeOf(message.text).toEqualTypeOf<string>())
})

it('provider props are typed per provider', () => {
  void (<ChatProvider provider="chatra" token="x" options={{ startHidden: true }} />)
  // @ts-expect-error not a Chatra setting
  void (<ChatProvider provider="chatra" token="x" options={{ launcher: { show: false } }} />)
  // @ts-expect-error not a load strategy
  void (<ChatProvider token="x" load="later" />)
})
