import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core'
import { ChatService } from './chat.service'

/**
 * `<chat-launcher>`: a real `<button>` that costs no vendor bytes until the visitor shows intent.
 * Hovering or focusing it starts loading, clicking opens the chat (loading first if needed; after a
 * failure, retrying). `aria-busy` while loading; `data-status` carries the chat status for
 * styling. Its content is projected (default "Chat with us"). Once the vendor is ready its own
 * launcher takes over: this button turns invisible but keeps its box, so nothing moves
 * (`[giveWay]="false"` keeps it).
 */
@Component({
  selector: 'chat-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button
    type="button"
    data-chat-launcher
    [attr.data-status]="chat.status()"
    [attr.aria-busy]="chat.status() == 'loading' || null"
    [attr.aria-hidden]="hidden() || null"
    [attr.tabindex]="hidden() ? -1 : null"
    [style.visibility]="hidden() ? 'hidden' : null"
    (pointerenter)="warmUp()"
    (focus)="warmUp()"
    (click)="launch()"
  >
    <ng-content>Chat with us</ng-content>
  </button>`,
})
export class ChatLauncher {
  /** Turn invisible (keeping the box) once the vendor's own launcher is there. */
  readonly giveWay = input(true, { transform: booleanAttribute })

  protected readonly chat = inject(ChatService)
  protected readonly hidden = computed(() => this.giveWay() && this.chat.status() == 'ready')

  protected warmUp(): void {
    const status = this.chat.status()
    if (status == 'idle' || status == 'waiting') this.chat.load().catch(() => {})
  }

  protected launch(): void {
    if (this.chat.status() == 'error') this.chat.retry().then(this.chat.open, () => {})
    else this.chat.open()
  }
}
