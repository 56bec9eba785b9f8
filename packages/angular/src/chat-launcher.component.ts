import {
  booleanAttribute,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  NgZone,
  Renderer2,
  signal,
  viewChild,
} from '@angular/core'
import { createLauncher } from '@chatmount/core'
import { ChatService, handleOf } from './chat.service'

/**
 * `<chat-launcher>`: a real `<button>` that costs no vendor bytes until the visitor shows intent.
 * Pointing at it or focusing it starts loading, clicking (or Enter) opens the chat, loading first if
 * needed, retrying after a failure (or, where the chat has a `fallback`, going there). `aria-busy`
 * while loading; `data-status` carries the chat status for styling, `data-fallback` marks a
 * launcher that leads to the fallback, and unread messages show as a badge (`data-chat-badge`, its
 * number part of the button's name) with `data-unread` on the button. Its content is projected
 * (default "Chat with us", and "Contact us" while it leads to the fallback: `chat.state().fallback`
 * says when, for content of your own). `[giveWay]="true"`: for a launcher placed where the
 * vendor's own button appears, it turns invisible (keeping its box) once the vendor has been ready
 * a moment and the visitor is neither pointing at it nor focused on it. The rules are core's
 * `createLauncher`.
 */
@Component({
  selector: 'chat-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button
    #button
    type="button"
    [style.visibility]="view().hidden ? 'hidden' : null"
    (pointerenter)="hover(true)"
    (pointerleave)="hover(false)"
    (focus)="focus(true)"
    (blur)="focus(false)"
    (click)="activate()"
  >
    <ng-content>{{ view().words }}</ng-content>
    @if (view().unread) {
      {{ ' ' }}<span data-chat-badge>{{ view().unread }}</span>
    }
  </button>`,
})
export class ChatLauncher {
  /** Give way to the vendor's own launcher (for a launcher placed where it appears). Default false. */
  readonly giveWay = input(false, { transform: booleanAttribute })

  private readonly zone = inject(NgZone)
  private readonly launcher = createLauncher(handleOf(inject(ChatService)))
  protected readonly view = signal(this.launcher.getState())
  private readonly button = viewChild.required<ElementRef<HTMLButtonElement>>('button')

  constructor() {
    const stop = this.launcher.subscribe(() =>
      this.zone.run(() => this.view.set(this.launcher.getState())),
    )
    inject(DestroyRef).onDestroy(stop)
    effect(() => this.launcher.setOptions({ giveWay: this.giveWay() }))
    // The attributes are core's, the same in every framework: set as they are, absent when undefined.
    const renderer = inject(Renderer2)
    effect(() => {
      const button = this.button().nativeElement
      for (const [name, value] of Object.entries(this.view().attributes)) {
        if (value === undefined) renderer.removeAttribute(button, name)
        else renderer.setAttribute(button, name, String(value))
      }
    })
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
