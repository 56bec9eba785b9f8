import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { ChatService, type Capability } from '@chatmount/angular'

const asked: Capability[] = [
  'open',
  'close',
  'toggle',
  'show',
  'hide',
  'reset',
  'pageView',
  'identify',
  'unread',
  'events.open',
  'events.message',
]

/** What `chat.supports()` says about the current provider (a new chat is a new component). */
@Component({
  selector: 'app-capabilities',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (provider) {
      <p id="capabilities">{{ provider }} supports: {{ supported }}</p>
    }
  `,
})
export class Capabilities {
  private readonly chat = inject(ChatService)
  /** `''` while prerendering: the chat only exists in the browser. */
  protected readonly provider = this.chat.provider
  protected readonly supported =
    asked.filter((capability) => this.chat.supports(capability)).join(', ') || 'no browser API'
}
