import { ChangeDetectionStrategy, Component, input, linkedSignal, output } from '@angular/core'
import type { LoadStrategy, ProviderName } from '@chatmount/angular'
import { demoTokens } from '@chatmount/testing'
import { providers, strategies, type ChatSettings } from '@chatmount/e2e/demo'

/** Provider, token, load strategy and consent; submitting creates the chat anew with them. */
@Component({
  selector: 'app-setup-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form id="setup" (submit)="submit($event)">
      <label>
        Provider
        <select
          id="provider"
          name="provider"
          #providerField
          (change)="chooseProvider(providerField.value)"
        >
          @for (name of providers; track name) {
            <option [value]="name" [selected]="name === draft().provider">{{ name }}</option>
          }
        </select>
      </label>
      <label>
        Token
        <input
          id="token"
          name="token"
          spellcheck="false"
          autocomplete="off"
          #tokenField
          [value]="draft().token"
          (input)="change({ token: tokenField.value })"
        />
      </label>
      <label>
        Load
        <select id="load" name="load" #loadField (change)="chooseLoad(loadField.value)">
          @for (name of strategies; track name) {
            <option [value]="name" [selected]="name === draft().load">{{ name }}</option>
          }
        </select>
      </label>
      <label>
        <input
          id="consent"
          type="checkbox"
          #consentField
          [checked]="draft().consent"
          (change)="change({ consent: consentField.checked })"
        />
        consent
      </label>
      <button type="submit" data-action="create">create chat</button>
    </form>
  `,
})
export class SetupForm {
  readonly initial = input.required<ChatSettings>()
  /** The settings, once submitted. */
  readonly create = output<ChatSettings>()

  protected readonly providers = providers
  protected readonly strategies = strategies
  /** A draft: nothing reaches the chat before the form is submitted. */
  protected readonly draft = linkedSignal(() => ({ ...this.initial() }))

  protected change(patch: Partial<ChatSettings>): void {
    this.draft.update((current) => ({ ...current, ...patch }))
  }

  /** A new provider brings its demo token into the token field. */
  protected chooseProvider(value: string): void {
    const provider = value as ProviderName
    this.change({ provider, token: demoTokens[provider] })
  }

  protected chooseLoad(value: string): void {
    this.change({ load: value as LoadStrategy })
  }

  protected submit(event: Event): void {
    event.preventDefault()
    const draft = this.draft()
    this.create.emit({ ...draft, token: draft.token.trim() })
  }
}
