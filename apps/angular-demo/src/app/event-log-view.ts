import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { EventLog } from './event-log'

/** One `<li data-event>` per entry, newest first. */
@Component({
  selector: 'app-event-log',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>Events</h2>
      <ol id="event-log" data-testid="event-log">
        @for (entry of log.entries(); track entry.id) {
          <li [attr.data-event]="entry.kind">
            <strong>{{ entry.kind }}</strong> {{ entry.text }}
          </li>
        }
      </ol>
    </section>
  `,
})
export class EventLogView {
  protected readonly log = inject(EventLog)
}
