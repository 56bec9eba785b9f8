import { providers, strategies, type ChatSettings } from '@chatmount/e2e/demo'
import { demoTokens } from '@chatmount/testing'
import { createStore } from 'solid-js/store'
import { For } from 'solid-js'

/** Provider, token, load strategy and consent; submitting creates the chat anew with them. */
export function SetupForm(props: {
  initial: ChatSettings
  onCreate: (settings: ChatSettings) => void
}) {
  // A draft: nothing reaches the chat before the form is submitted.
  const [draft, setDraft] = createStore({ ...props.initial })
  return (
    <form
      id="setup"
      onSubmit={(event) => {
        event.preventDefault()
        props.onCreate({ ...draft, token: draft.token.trim() })
      }}
    >
      <label>
        Provider{' '}
        <select
          id="provider"
          name="provider"
          value={draft.provider}
          onChange={(event) => {
            const provider = event.currentTarget.value as ChatSettings['provider']
            setDraft({ provider, token: demoTokens[provider] })
          }}
        >
          <For each={providers}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
      </label>
      <label>
        Token{' '}
        <input
          id="token"
          name="token"
          spellcheck={false}
          autocomplete="off"
          value={draft.token}
          onInput={(event) => setDraft('token', event.currentTarget.value)}
        />
      </label>
      <label>
        Load{' '}
        <select
          id="load"
          name="load"
          value={draft.load}
          onChange={(event) => setDraft('load', event.currentTarget.value as ChatSettings['load'])}
        >
          <For each={strategies}>{(name) => <option value={name}>{name}</option>}</For>
        </select>
      </label>
      <label>
        <input
          id="consent"
          type="checkbox"
          checked={draft.consent}
          onChange={(event) => setDraft('consent', event.currentTarget.checked)}
        />{' '}
        consent
      </label>
      <button type="submit" data-action="create">
        create chat
      </button>
    </form>
  )
}
