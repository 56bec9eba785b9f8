import { useChat } from '@chatmount/react'

const ignore = () => {}

function ActionButton({ name, onClick }: { name: string; onClick: () => void }) {
  return (
    <button type="button" data-action={name} onClick={onClick}>
      {name}
    </button>
  )
}

/** A button per chat method. Failures arrive as `error` events, so promises are only caught here. */
export function Actions({ onConsent }: { onConsent: (granted: boolean) => void }) {
  const chat = useChat()
  return (
    <section className="actions" aria-label="Chat methods">
      <ActionButton name="load" onClick={() => chat.load().catch(ignore)} />
      <ActionButton name="open" onClick={chat.open} />
      <ActionButton name="close" onClick={chat.close} />
      <ActionButton name="toggle" onClick={chat.toggle} />
      <ActionButton name="show" onClick={chat.show} />
      <ActionButton name="hide" onClick={chat.hide} />
      <ActionButton name="reset" onClick={chat.reset} />
      <ActionButton
        name="pageView"
        onClick={() => chat.pageView({ url: location.href, title: document.title })}
      />
      {/* Consent is a prop of <ChatProvider>: changing it grants or revokes without a new chat. */}
      <ActionButton name="grant consent" onClick={() => onConsent(true)} />
      <ActionButton name="revoke consent" onClick={() => onConsent(false)} />
      <ActionButton name="retry" onClick={() => chat.retry().catch(ignore)} />
      <ActionButton name="destroy" onClick={chat.destroy} />
    </section>
  )
}
