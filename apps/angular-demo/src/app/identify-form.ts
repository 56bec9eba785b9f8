import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { ChatService, isChatError } from '@chatmount/angular'
import { EventLog } from './event-log'

/** Name, email and phone handed to `chat.identify()`; an invalid visitor is a ChatError('config'). */
@Component({
  selector: 'app-identify-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      id="identify"
      (submit)="submit($event, nameField.value, emailField.value, phoneField.value)"
    >
      <label>Name <input #nameField name="name" autocomplete="name" /></label>
      <label>Email <input #emailField name="email" type="email" autocomplete="email" /></label>
      <label>Phone <input #phoneField name="phone" type="tel" autocomplete="tel" /></label>
      <button type="submit" data-action="identify">identify</button>
    </form>
  `,
})
export class IdentifyForm {
  private readonly chat = inject(ChatService)
  private readonly log = inject(EventLog)

  protected submit(event: Event, name: string, email: string, phone: string): void {
    event.preventDefault()
    try {
      this.chat.identify({
        name: name || undefined,
        email: email || undefined,
        phone: phone || undefined,
      })
      this.log.write('identify', { name, email, phone })
    } catch (error) {
      this.log.write('config-error', isChatError(error) ? error.message : String(error))
    }
  }
}
