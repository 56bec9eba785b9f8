import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { ChatService } from '@chatmount/angular'
import { describeCapabilities } from '@chatmount/e2e/demo'

/** What `chat.supports()` says about the current provider (a new chat is a new component). */
@Component({
  selector: 'app-capabilities',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (provider) {
      <p id="capabilities">{{ description }}</p>
    }
  `,
})
export class Capabilities {
  private readonly chat = inject(ChatService)
  /** `''` while prerendering: the chat only exists in the browser. */
  protected readonly provider = this.chat.provider
  protected readonly description = describeCapabilities(this.provider, this.chat.supports)
}
