import { NgTemplateOutlet } from '@angular/common'
import { ChangeDetectionStrategy, Component, inject } from '@angular/core'
import { RouterLink, RouterOutlet } from '@angular/router'
import { demoRoutes } from '@chatmount/e2e/demo'
import { ChatPanel } from './chat-panel'
import { DemoChat } from './demo-chat'
import { EventLogView } from './event-log-view'
import { SetupForm } from './setup-form'
import { StateView } from './state-view'

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ChatPanel,
    EventLogView,
    NgTemplateOutlet,
    RouterLink,
    RouterOutlet,
    SetupForm,
    StateView,
  ],
  template: `
    <header>
      <h1>chatmount</h1>
      <p class="mode">
        Angular · {{ chat.live ? 'live vendor scripts' : 'emulated vendors · offline' }}
      </p>
    </header>
    <app-setup-form [initial]="chat.initial" (create)="chat.create($event)" />
    <section class="routes">
      <nav aria-label="Demo routes">
        @for (route of routes; track route.path) {
          <a [routerLink]="route.path">{{ route.name }}</a>
        }
      </nav>
      <router-outlet />
    </section>
    @if (chat.injector(); as injector) {
      <!-- A new injector is a new chat: the outlet re-creates the panel under it. -->
      <ng-container *ngTemplateOutlet="panel; injector: injector" />
    } @else {
      @if (chat.configError(); as message) {
        <p id="config-error" role="alert">{{ message }}</p>
      }
      <div class="panels">
        <app-state-view [state]="null" />
        <app-event-log />
      </div>
    }
    <ng-template #panel><app-chat-panel /></ng-template>
    <footer id="contact">
      The visible strategy starts loading when this footer scrolls into view.
    </footer>
  `,
})
export class App {
  protected readonly chat = inject(DemoChat)
  protected readonly routes = demoRoutes
}
