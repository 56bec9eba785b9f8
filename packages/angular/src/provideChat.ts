import {
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
  type EnvironmentProviders,
} from '@angular/core'
import type { AnyProvider, ProviderName } from '@chatmount/core'
import { CHAT_OPTIONS, type ChatConfig } from './chatOptions'
import { ChatService } from './chat.service'

/**
 * `provideChat({ token, … })` in `bootstrapApplication` (or a route's providers): one chat for the
 * injector, created with it and destroyed with it. Every `createChat` option; in the browser only,
 * so server rendering adds nothing to the page. Features follow the options, such as
 * `withRouter()` from `@chatmount/angular/router`.
 */
export function provideChat<P extends ProviderName | AnyProvider = 'raychat'>(
  options: ChatConfig<P>,
  ...features: EnvironmentProviders[]
): EnvironmentProviders {
  return makeEnvironmentProviders([
    { provide: CHAT_OPTIONS, useValue: options },
    ChatService,
    // Start the chat with its injector, so the load strategy runs even if nothing injects it yet.
    provideEnvironmentInitializer(() => inject(ChatService)),
    ...features,
  ])
}
