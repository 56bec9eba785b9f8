import { isChatError, useChat } from '@chatmount/react'
import type { FormEvent } from 'react'
import type { WriteLog } from './useEventLog'

/** Name, email and phone handed to `chat.identify()`; an invalid visitor is a ChatError('config'). */
export function IdentifyForm({ write }: { write: WriteLog }) {
  const chat = useChat()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const data = Object.fromEntries(new FormData(event.currentTarget)) as Record<string, string>
    try {
      chat.identify({
        name: data.name || undefined,
        email: data.email || undefined,
        phone: data.phone || undefined,
      })
      write('identify', data)
    } catch (error) {
      write('config-error', isChatError(error) ? error.message : String(error))
    }
  }

  return (
    <form id="identify" onSubmit={submit}>
      <label>
        Name <input name="name" autoComplete="name" />
      </label>
      <label>
        Email <input name="email" type="email" autoComplete="email" />
      </label>
      <label>
        Phone <input name="phone" type="tel" autoComplete="tel" />
      </label>
      <button type="submit" data-action="identify">
        identify
      </button>
    </form>
  )
}
