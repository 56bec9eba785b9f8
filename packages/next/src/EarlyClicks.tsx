import { earlyClicksScript } from '@chatmount/core/early'
import { useServerInsertedHTML } from 'next/navigation'
import { useRef } from 'react'

/**
 * Puts core's `earlyClicksScript` into the server-rendered HTML once, ahead of the page's content,
 * so that a click on a launcher before hydration opens the chat once it has hydrated. App Router
 * only (`useServerInsertedHTML`): with the Pages Router, add the script to `pages/_document.tsx`.
 * Nothing on the client: the script is not part of what React hydrates.
 */
export function EarlyClicks({ nonce }: { nonce?: string }) {
  const inserted = useRef(false)
  useServerInsertedHTML(() => {
    if (inserted.current) return null
    inserted.current = true
    return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyClicksScript }} />
  })
  return null
}
