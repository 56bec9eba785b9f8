import { DOCUMENT } from '@angular/common'
import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { ChatService } from '@chatmount/angular'
import { DemoChat } from './demo-chat'

interface Action {
  name: string
  run: () => unknown
}

const ignore = () => {}

/** A button per chat method. Failures arrive as `error` events, so promises are only caught here. */
@Component({
  selector: 'app-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="actions" aria-label="Chat methods">
      @for (action of actions; track action.name) {
        <button type="button" [attr.data-action]="action.name" (click)="action.run()">
          {{ action.name }}
        </button>
      }
    </section>
  `,
})
export class Actions {
  private readonly chat = inject(ChatService)
  private readonly demo = inject(DemoChat)
  private readonly document = inject(DOCUMENT)

  protected readonly actions: readonly Action[] = [
    { name: 'load', run: () => this.chat.load().catch(ignore) },
    { name: 'open', run: this.chat.open },
    { name: 'close', run: this.chat.close },
    { name: 'toggle', run: this.chat.toggle },
    { name: 'show', run: this.chat.show },
    { name: 'hide', run: this.chat.hide },
    { name: 'reset', run: this.chat.reset },
    {
      name: 'pageView',
      run: () =>
        this.chat.pageView({ url: this.document.location.href, title: this.document.title }),
    },
    // Consent changes on the chat itself: granting or revoking needs no new chat.
    { name: 'grant consent', run: () => this.chat.setConsent(true) },
    { name: 'revoke consent', run: () => this.chat.setConsent(false) },
    { name: 'retry', run: () => this.chat.retry().catch(ignore) },
    // The chat lives with its injector: destroying that destroys the chat.
    { name: 'destroy', run: () => this.demo.destroy() },
  ]
}
