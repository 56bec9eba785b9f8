import { useChat } from '@chatmount/react'
import { usePathname } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * Hide the widget on the routes `isHidden` picks and show it again elsewhere: the vendor's own
 * hide and show, so nothing reloads and the conversation stays. The route is one reason for core
 * (`setHidden('route', …)`): leaving it never shows a widget the app hid itself.
 */
export function HideOnRoutes({ isHidden }: { isHidden: (pathname: string) => boolean }): null {
  const { setHidden } = useChat()
  const pathname = usePathname()
  const hidden = pathname != null && isHidden(pathname)
  const hiddenByRoute = useRef(false)
  useEffect(() => {
    if (hidden == hiddenByRoute.current) return
    hiddenByRoute.current = hidden
    setHidden('route', hidden)
  }, [hidden, setHidden])
  return null
}
