import { NgModule, type ModuleWithProviders } from '@angular/core'
import type { AnyProvider, ProviderName } from '@chatmount/core'
import { ChatLauncher } from './chat-launcher.component'
import type { ChatConfig } from './chatOptions'
import { provideChat } from './provideChat'

/**
 * For NgModule apps: `ChatModule.forRoot({ token, … })` in the root module's imports creates the
 * chat (as `provideChat()` does); plain `ChatModule` in other modules brings `<chat-launcher>`.
 */
@NgModule({
  imports: [ChatLauncher],
  exports: [ChatLauncher],
})
export class ChatModule {
  static forRoot<P extends ProviderName | AnyProvider = 'raychat'>(
    options: ChatConfig<P>,
  ): ModuleWithProviders<ChatModule> {
    return { ngModule: ChatModule, providers: [provideChat(options)] }
  }
}
