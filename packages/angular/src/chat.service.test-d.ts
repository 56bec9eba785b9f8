import { inject, type Signal } from '@angular/core'
import type { ChatMessage, ChatState } from '@chatmount/core'
import type { Observable } from 'rxjs'
import { expectTypeOf, it } from 'vitest'
import { ChatModule } from './chat.module'
import { ChatService, type ChatEvent } from './chat.service'
import { provideChat } from './provideChat'

it('state is signals; open is the method and isOpen the state', () => {
  const chat = inject(ChatService)
  expectTypeOf(chat.state).toEqualTypeOf<Signal<ChatState>>()
  expectTypeOf(chat.isOpen).toEqualTypeOf<Signal<boolean>>()
  expectTypeOf(chat.unread).toEqualTypeOf<Signal<number | null>>()
  expectTypeOf(chat.open).toEqualTypeOf<() => void>()
  expectTypeOf(chat.ready).toEqualTypeOf<() => Promise<void>>()
  expectTypeOf(chat.on('message')).toEqualTypeOf<Observable<ChatMessage>>()
  expectTypeOf(chat.on('unread')).toEqualTypeOf<Observable<number>>()
  expectTypeOf(chat.events$).toEqualTypeOf<Observable<ChatEvent>>()
})

it('call, get and on follow the provider named in the type', () => {
  const chatra = inject<ChatService<'chatra'>>(ChatService)
  chatra.call('setButtonPosition', 'bl')
  // @ts-expect-error not a Chatra method
  chatra.call('openWidget')
  const raychat = inject<ChatService<'raychat'>>(ChatService)
  expectTypeOf(raychat.get('isWidgetOpen')).toEqualTypeOf<Promise<boolean>>()
  raychat.on('raychat_getMessage').subscribe((event) => expectTypeOf(event).not.toBeAny())
  // @ts-expect-error not a Raychat event
  raychat.on('chatra_message')
})

it('provideChat and ChatModule.forRoot take every createChat option, typed per provider', () => {
  provideChat({
    provider: 'chatra',
    token: 'x',
    load: 'interaction',
    options: { startHidden: true },
  })
  provideChat(() => ({ provider: 'chaport', token: inject(ChatService).provider }))
  ChatModule.forRoot({ token: 'x', consent: false, visitor: { name: 'Ada' } })
  // @ts-expect-error not a Chatra setting
  provideChat({ provider: 'chatra', token: 'x', options: { launcher: { show: false } } })
  // @ts-expect-error not a load strategy
  ChatModule.forRoot({ token: 'x', load: 'later' })
})
