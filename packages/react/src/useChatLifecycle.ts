import { createChat, createChatHandle, validateChatOptions, type AnyProvider, type ChatHandle, type CreateChatOptions, type ProviderName } from '@chatmount/core'
import { useEffect, useRef, useState } from 'react'

export type ChatProps<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> = CreateChatOptions<P>

/** A JSON key for a value: equal content, equal key (functions are left out, as JSON does). */
const keyOf = (value: unknown) => JSON.stringify(value ?? null)

/**
 * Own one chat for as long as the component is mounted. The chat is created in an effect, so a
 * server render or a discarded render creates nothing. A new provider, token or loading setup
 * re-creates it; a new visitor identifies once; a new consent grants or revokes; equal props
 * do nothing.
 */
export function useChatLifecycle(props: ChatProps): ChatHandle {
  // Invalid options fail here, during render, where an error boundary can catch them.
  validateChatOptions(props)
  const [handle] = useState(createChatHandle)
  const latest = useRef(props)
  latest.current = props
  const identified = useRef<string | undefined>(undefined)
  const { provider, token, load, timeout, scriptUrl, nonce, target, consent = true, visitor } = props
  const optionsKey = keyOf(props.options)
  const visitorKey = keyOf(visitor)

  useEffect(() => {
    const client = createChat({ ...latest.current, consent: latest.current.consent ?? true })
    identified.current = keyOf(latest.current.visitor)
    handle.attach(client)
    return () => {
      handle.attach(undefined)
      client.destroy()
    }
  }, [handle, provider, token, load, timeout, scriptUrl, nonce, target, optionsKey])

  useEffect(() => {
    if (identified.current === visitorKey) return
    identified.current = visitorKey
    if (latest.current.visitor) handle.identify(latest.current.visitor)
  }, [handle, visitorKey])

  useEffect(() => handle.setConsent(consent), [handle, consent])

  return handle
}
