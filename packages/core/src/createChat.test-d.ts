import { describe, expectTypeOf, it } from 'vitest'
import {
  createChat,
  defineProvider,
  type ChatMessage,
  type ChatraMessage,
  type RaychatVisitorProfile,
} from './index'
import { createChat as createChatWithProvider } from './base'
import { chaport } from './providers/chaport'

const token = '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04'

describe('call', () => {
  it("takes only the provider's own methods, with their arguments", () => {
    const raychat = createChat({ token })
    raychat.call('animate', 'tada')
    raychat.call('setUser', { name: 'Ada', updateOnce: true })
    // @ts-expect-error not a Raychat method
    raychat.call('openChat')
    // @ts-expect-error not a Raychat animation
    raychat.call('animate', 'spin')
    // @ts-expect-error missing argument
    raychat.call('sendOfflineMessage')

    const chatra = createChat({ provider: 'chatra', token })
    chatra.call('openChat', true)
    chatra.call('setButtonPosition', 'bl')
    // @ts-expect-error not a button position
    chatra.call('setButtonPosition', 'top')
    // @ts-expect-error a Raychat method, not Chatra's
    chatra.call('openWidget')

    const rayzing = createChat({ provider: 'rayzing', token: 'a,b' })
    // @ts-expect-error Rayzing has no browser API
    rayzing.call('open')
  })
})

describe('get', () => {
  it("returns a Promise of the getter's value", () => {
    const raychat = createChat({ token })
    expectTypeOf(raychat.get('getUser')).toEqualTypeOf<Promise<RaychatVisitorProfile>>()
    expectTypeOf(raychat.get('isWidgetOpen')).toEqualTypeOf<Promise<boolean>>()
    // @ts-expect-error not a getter
    void raychat.get('openWidget')

    const chaportChat = createChatWithProvider({ provider: chaport, token })
    expectTypeOf(chaportChat.get('isOnline')).toEqualTypeOf<Promise<boolean>>()
    expectTypeOf(chaportChat.get('getWidgetState')).toEqualTypeOf<
      Promise<'expanded' | 'collapsed' | 'semiExpanded' | 'unreadMessage'>
    >()

    const onwebchat = createChat({ provider: 'onwebchat', token })
    expectTypeOf(onwebchat.get('status')).toEqualTypeOf<Promise<'online' | 'offline'>>()
  })
})

describe('on', () => {
  it('types unified and vendor-native payloads', () => {
    const chatra = createChat({ provider: 'chatra', token })
    chatra.on('message', (message) => expectTypeOf(message).toEqualTypeOf<ChatMessage>())
    chatra.on('unread', (count) => expectTypeOf(count).toEqualTypeOf<number>())
    chatra.on('newMessage', (message) => expectTypeOf(message).toEqualTypeOf<ChatraMessage>())
    chatra.on('analyticEvent', (name) => expectTypeOf(name).toEqualTypeOf<string>())
    // @ts-expect-error a Raychat event, not Chatra's
    chatra.on('raychat_getMessage', () => {})

    const raychat = createChat({ token })
    raychat.on('raychat_getMessage', (event) =>
      expectTypeOf(event.detail.content).toEqualTypeOf<string>(),
    )
  })
})

describe('provider options', () => {
  it('are typed per provider', () => {
    createChat({ token, options: { language: 'en', loadType: 'SEO_FRIENDLY', hideOnInit: true } })
    // @ts-expect-error Raychat has no such language
    createChat({ token, options: { language: 'de' } })
    createChat({
      provider: 'chatra',
      token,
      options: { startHidden: true, colors: { buttonBg: '#000' }, language: 'de' },
    })
    // @ts-expect-error not a Chatra setting
    createChat({ provider: 'chatra', token, options: { launcher: { show: false } } })
    createChat({
      provider: 'chaport',
      token,
      options: { launcher: { show: false }, appearance: { position: ['left', 20, 20] } },
    })
    createChat({ provider: 'onwebchat', token, options: { language: 'l2' } })
    // @ts-expect-error onWebChat languages are l1 and l2
    createChat({ provider: 'onwebchat', token, options: { language: 'en' } })
  })

  it('are typed for a provider a user defines', () => {
    const custom = defineProvider<{
      options: { theme: 'dark' | 'light' }
      methods: { ping(times: number): void }
      getters: { version(): string }
      events: { pong: { at: number } }
    }>({
      name: 'custom',
      token: { pattern: /^\w+$/, expected: 'a word' },
      scriptUrl: () => 'https://custom.example/widget.js',
      install: () => {},
      operations: {},
      call: () => {},
      teardown: () => {},
    })
    const chat = createChat({ provider: custom, token: 'site', options: { theme: 'dark' } })
    chat.call('ping', 3)
    expectTypeOf(chat.get('version')).toEqualTypeOf<Promise<string>>()
    chat.on('pong', (payload) => expectTypeOf(payload.at).toEqualTypeOf<number>())
    // @ts-expect-error not one of the themes
    createChat({ provider: custom, token: 'site', options: { theme: 'blue' } })
  })
})
