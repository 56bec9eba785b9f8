import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  NgZone,
  signal,
} from '@angular/core'
import { createLauncher } from '@chatmount/core'
import { ChatService, handleOf } from './chat.service'

/**
 * `<chat-launcher>`: a real `<button>` that costs no vendor bytes until the visitor shows intent.
 * Pointing at it or focusing it starts loading, clicking (or Enter) opens the chat, loading first if
 * needed, retrying after a failure. `aria-busy` while loading; `data-status` carries the chat
 * status for styling. Its content is projected (default "Chat with us"). `[giveWay]="true"`: for a
 * launcher placed where the vendor's own button appears, it turns invisible (keeping its box) once
 * the vendor has been ready a moment and the visitor is neither pointing at it nor focused on it.
 * The rules are core's `createLauncher`.
 */
@Component({
  selector: 'chat-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button
    type="button"
    data-chat-launcher
    [attr.data-status]="view().status"
    [attr.aria-busy]="view().busy || null"
    [attr.aria-hidden]="view().hidden || null"
    [attr.tabindex]="view().hidden ? -1 : null"
    [style.visibility]="view().hidden ? 'hidden' : null"
    (pointerenter)="hover(true)"
    (pointerleave)="hover(false)"
    (focus)="focus(true)"
    (blur)="focus(false)"
    (click)="activate()"
  >
    <ng-content>Chat with us</ng-content>
  </button>`,
})
export class ChatLauncher {
  /** Give way to the vendor's own launcher (for a launcher placed where it appears). Default false. */
  readonly giveWay = input(false, { transform: booleanAttribute })

  private readonly zone = inject(NgZone)
  private readonly launcher = createLauncher(handleOf(inject(ChatService)))
  protected readonly view = signal(this.launcher.getState())

  constructor() {
    const stop = this.launcher.subscribe(() =>
      this.zone.run(() => this.view.set(this.launcher.getState())),
    )
    inject(DestroyRef).onDestroy(stop)
    effect(() => this.launcher.setOptions({ giveWay: this.giveWay() }))
  }

  // The chat's work (loading the vendor) runs outside the zone: it triggers no change detection.
  protected hover(on: boolean): void {
    this.zone.runOutsideAngular(() => this.launcher.hover(on))
  }

  protected focus(on: boolean): void {
    this.zone.runOutsideAngular(() => this.launcher.focus(on))
  }

  protected activate(): void {
    this.zone.runOutsideAngular(() => this.launcher.activate())
  }
}
