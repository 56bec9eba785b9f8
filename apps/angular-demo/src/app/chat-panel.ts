import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core'
import { ChatLauncher, ChatService } from '@chatmount/angular'
import { Actions } from './actions'
import { Capabilities } from './capabilities'
import { EventLogView } from './event-log-view'
import { IdentifyForm } from './identify-form'
import { StateView } from './state-view'

/** Everything that uses the chat: rendered under the chat's injector, so one panel per chat. */
@Component({
  selector: 'app-chat-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Actions, Capabilities, ChatLauncher, EventLogView, IdentifyForm, StateView],
  template: `
    <app-actions />
    <app-identify-form />
    <div class="launcher-row">
      <chat-launcher>{{ launcherLabel() }}</chat-launcher>
      <app-capabilities />
    </div>
    <div class="panels">
      <app-state-view [state]="chat.state()" />
      <app-event-log />
    </div>
    <div id="facade"><chat-launcher giveWay aria-label="Chat">💬</chat-launcher></div>
  `,
})
export class ChatPanel {
  protected readonly chat = inject(ChatService)

  protected readonly launcherLabel = computed(() => {
    const status = this.chat.status()
    return status === 'loading'
      ? 'Connecting…'
      : status === 'error'
        ? 'Chat unavailable · retry'
        : 'Chat with us'
  })
}
