import { useChat } from '@chatmount/react'
import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * Hide the widget on the routes `isHidden` picks and show it again elsewhere: the vendor's own
 * hide and show, so nothing reloads and the conversation stays. It shows again only what it hid,
 * never a widget the app hid itself.
 */
export function HideOnRoutes({ isHidden }: { isHidden: (pathname: string) => boolean }): null {
  const { hide, show } = useChat()
  const pathname = usePathname()
  const hidden = pathname != null && isHidden(pathname)
  const hiddenByRoute = useRef(false)
  useEffect(() => {
    if (hidden == hiddenByRoute.current) return
    hiddenByRoute.current = hidden
    if (hidden) hide()
    else show()
  }, [hidden, hide, show])
  return null
}
