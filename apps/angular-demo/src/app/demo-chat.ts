import { PlatformLocation } from '@angular/common'
import {
  createEnvironmentInjector,
  DestroyRef,
  EnvironmentInjector,
  inject,
  Injectable,
  signal,
} from '@angular/core'
import { toSignal } from '@angular/core/rxjs-interop'
import { NavigationEnd, Router } from '@angular/router'
import { ChatService, isChatError, provideChat, type ChatEvent } from '@chatmount/angular'
import { withRouter } from '@chatmount/angular/router'
import { EventLog } from './event-log'
import {
  demoHideOn,
  settingsFromUrl,
  startOptions,
  supportWidget,
  type ChatSettings,
} from '@chatmount/e2e/demo'
import { filter, map } from 'rxjs'

/**
 * The page's chat, one at a time. Each chat lives in an environment injector of its own that holds
 * `provideChat(…)`: creating the injector creates the chat, destroying it destroys the chat (and
 * takes its script out of the page). The template renders the chat's components under that
 * injector, so they inject its `ChatService`.
 */
@Injectable({ providedIn: 'root' })
export class DemoChat {
  private readonly parent = inject(EnvironmentInjector)
  private readonly log = inject(EventLog)
  // PlatformLocation, not `location`: the page is also rendered at build time, with no query.
  private readonly location = inject(PlatformLocation)
  private readonly params = new URLSearchParams(this.location.search)
  /** The Support page has the support team's own widget: the options follow, so the chat is re-created. */
  private readonly onSupport = toSignal(
    inject(Router).events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map((event) => new URL(event.urlAfterRedirects, 'http://x').pathname === supportWidget.path),
    ),
    { initialValue: this.location.pathname === supportWidget.path },
  )
  private readonly current = signal<EnvironmentInjector | null>(null)
  private readonly invalid = signal<string | null>(null)

  /** `?live` with a real token uses the vendor's own script; by default the emulators serve it. */
  readonly live = this.params.has('live')
  /** The settings in the URL, which the page starts with. */
  readonly initial = settingsFromUrl(this.params)
  /** Provider settings and a timeout from the URL, for the chat the page starts with. */
  private readonly extras = startOptions(this.params)
  /** The current chat's injector; `null` when there is no chat. */
  readonly injector = this.current.asReadonly()
  /** Why the last settings made no chat: a ChatError('config') message. */
  readonly configError = this.invalid.asReadonly()

  constructor() {
    inject(DestroyRef).onDestroy(() => this.end())
    this.create(this.initial)
  }

  /** Destroy the current chat and create one with these settings. */
  create(settings: ChatSettings): void {
    this.end()
    this.log.write('created', this.describe(settings))
    try {
      const injector = createEnvironmentInjector(
        [
          provideChat(
            () => {
              const widget = this.onSupport()
                ? supportWidget
                : { ...settings, scriptUrl: `/emulators/${settings.provider}.js` }
              return {
                ...(settings === this.initial && !this.onSupport() ? this.extras : {}),
                provider: widget.provider,
                token: widget.token,
                load: settings.load,
                consent: settings.consent,
                target: '#contact',
                scriptUrl: this.live ? undefined : widget.scriptUrl,
              }
            },
            withRouter({ hideOn: demoHideOn }),
          ),
        ],
        this.parent,
        `chat: ${settings.provider}`,
      )
      // The log outlives the chat; the subscription completes when the chat is destroyed.
      injector.get(ChatService).events$.subscribe((event) => this.record(event))
      this.current.set(injector)
    } catch (error) {
      // provideChat() creates the chat with its injector, so invalid options throw right here.
      if (!isChatError(error) || error.code !== 'config') throw error
      this.invalid.set(error.message)
      this.log.write('config-error', error.message)
    }
  }

  /** Destroy the current chat, leaving the page without one until the next `create`. */
  destroy(): void {
    if (!this.current()) return
    this.end()
    this.log.write('destroyed')
  }

  private end(): void {
    this.current()?.destroy()
    this.current.set(null)
    this.invalid.set(null)
  }

  private describe({ provider, load }: ChatSettings): string {
    return `${provider} · load: ${load}${this.live ? ' · live' : ' · emulated'}`
  }

  /** Every unified event into the log, except `state`, which the state panel shows. */
  private record(event: ChatEvent): void {
    switch (event.name) {
      case 'message':
        return this.log.write('message', { from: event.payload.from, text: event.payload.text })
      case 'unread':
        return this.log.write('unread', event.payload)
      case 'error':
        return this.log.write('error', `${event.payload.code}: ${event.payload.message}`)
      case 'state':
        return
      default:
        return this.log.write(event.name)
    }
  }
}
