'use client'
import { useChat, type SignedInVisitor } from '@chatmount/next'
import { useEffect, useRef } from 'react'

/** Hands the server-made credentials to the chat once it is ready, once. */
export function SignIn({ visitor }: { visitor: SignedInVisitor }) {
  const chat = useChat()
  const ready = chat.state.status == 'ready'
  const signedIn = useRef(false)
  useEffect(() => {
    if (!ready || signedIn.current) return
    signedIn.current = true
    chat.signIn(visitor)
  }, [ready, chat, visitor])
  return (
    <p data-signed-in={ready ? visitor.id : undefined}>
      {ready ? 'The chat knows you.' : 'Waiting for the chat…'}
    </p>
  )
}
