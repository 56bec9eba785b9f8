import { useChatState, type ChatState } from '@chatmount/react'
import { useEffect } from 'react'

/** The state as JSON (the error as its code), and `status` on `<body data-status>` for tests and CSS. */
export function StateView({ state }: { state: ChatState | null }) {
  const status = state?.status ?? 'none'
  useEffect(() => {
    document.body.dataset.status = status
  }, [status])
  const shown = state ? { ...state, error: state.error?.code ?? null } : null
  return (
    <section>
      <h2>State</h2>
      <pre id="state" data-testid="state">
        {JSON.stringify(shown, null, 2)}
      </pre>
    </section>
  )
}

/** The state of the chat around it. */
export function ChatStateView() {
  return <StateView state={useChatState()} />
}
