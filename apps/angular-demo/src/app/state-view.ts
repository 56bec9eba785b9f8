import { DOCUMENT } from '@angular/common'
import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
} from '@angular/core'
import type { ChatState } from '@chatmount/angular'

/** The state as JSON (the error as its code), and `status` on `<body data-status>` for tests and CSS. */
@Component({
  selector: 'app-state-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>State</h2>
      <pre id="state" data-testid="state">{{ shown() }}</pre>
    </section>
  `,
})
export class StateView {
  /** `null` when there is no chat. */
  readonly state = input.required<ChatState | null>()

  protected readonly shown = computed(() => {
    const state = this.state()
    return JSON.stringify(state ? { ...state, error: state.error?.code ?? null } : null, null, 2)
  })

  constructor() {
    const body = inject(DOCUMENT).body
    // In the browser only: the prerendered page leaves <body> as it is.
    afterRenderEffect({
      write: () => {
        body.dataset['status'] = this.state()?.status ?? 'none'
      },
    })
  }
}
