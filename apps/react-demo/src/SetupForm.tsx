import type { LoadStrategy, ProviderName } from '@chatmount/react'
import { useState, type FormEvent } from 'react'
import { demoTokens } from '@chatmount/testing'
import { providers, strategies, type ChatSettings } from '@chatmount/e2e/demo'

/** Provider, token, load strategy and consent; submitting creates the chat anew with them. */
export function SetupForm({
  initial,
  onCreate,
}: {
  initial: ChatSettings
  onCreate: (settings: ChatSettings) => void
}) {
  const [draft, setDraft] = useState(initial)
  const change = (patch: Partial<ChatSettings>) => setDraft((current) => ({ ...current, ...patch }))

  function submit(event: FormEvent) {
    event.preventDefault()
    onCreate({ ...draft, token: draft.token.trim() })
  }

  return (
    <form id="setup" onSubmit={submit}>
      <label>
        Provider{' '}
        <select
          id="provider"
          name="provider"
          value={draft.provider}
          onChange={(event) => {
            const provider = event.target.value as ProviderName
            change({ provider, token: demoTokens[provider] })
          }}
        >
          {providers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Token{' '}
        <input
          id="token"
          name="token"
          spellCheck={false}
          autoComplete="off"
          value={draft.token}
          onChange={(event) => change({ token: event.target.value })}
        />
      </label>
      <label>
        Load{' '}
        <select
          id="load"
          name="load"
          value={draft.load}
          onChange={(event) => change({ load: event.target.value as LoadStrategy })}
        >
          {strategies.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          id="consent"
          type="checkbox"
          checked={draft.consent}
          onChange={(event) => change({ consent: event.target.checked })}
        />{' '}
        consent
      </label>
      <button type="submit" data-action="create">
        create chat
      </button>
    </form>
  )
}
