import type { AnyProvider, ProviderName } from '@chatmount/core'
import { ChatProvider, type ChatProviderProps } from '@chatmount/react'
import { Suspense, useMemo } from 'react'
import { ChatCallbacks, type ChatCallbackProps } from './ChatCallbacks'
import { HideOnRoutes } from './HideOnRoutes'
import { invalidOption } from './invalidOption'
import { useNextScript, VendorScript } from './nextScript'
import { PageViews } from './PageViews'
import { routeMatcher } from './routeMatcher'

export type ChatWidgetProps<P extends ProviderName | AnyProvider = 'raychat'> = Omit<ChatProviderProps<P>, 'scriptLoader'> &
  ChatCallbackProps & {
    /** Path patterns where the widget hides (`'/checkout'`, `'/account/*'`, `'/docs/**'`); it comes back elsewhere. */
    hideOn?: readonly string[]
    /** Send the vendor a `pageView` on each client-side navigation. Default `true`. */
    pageViews?: boolean
  }

/**
 * The chat for a Next.js app: put it in `app/layout.tsx` (or `pages/_app.tsx`). Every
 * `createChat` option is a prop; the vendor script goes through `next/script`. Wrap `children`
 * in it to use the hooks and `<ChatLauncher>` below it. Renders nothing of its own.
 */
export function ChatWidget<P extends ProviderName | AnyProvider = 'raychat'>({
  children,
  hideOn,
  pageViews = true,
  onReady,
  onError,
  ...options
}: ChatWidgetProps<P>) {
  const hideOnKey = JSON.stringify(hideOn ?? null)
  // Invalid props fail here, during render, where an error boundary can catch them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the patterns' content is the key
  const isHidden = useMemo(() => routeMatcher(hideOn), [hideOnKey])
  if (typeof pageViews != 'boolean') {
    throw invalidOption('pageViews', 'a boolean', pageViews)
  }
  const [scriptLoader, script] = useNextScript()
  return (
    <ChatProvider {...(options as ChatProviderProps)} scriptLoader={scriptLoader}>
      <ChatCallbacks onReady={onReady} onError={onError} />
      <HideOnRoutes isHidden={isHidden} />
      {pageViews && (
        <Suspense fallback={null}>
          <PageViews />
        </Suspense>
      )}
      {script && <VendorScript request={script} load={options.load} />}
      {children}
    </ChatProvider>
  )
}
