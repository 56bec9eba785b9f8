import type { AnyProvider, ProviderName } from '@chatmount/core'
import { ChatProvider, type ChatProviderProps } from '@chatmount/react'
import { Suspense, useMemo } from 'react'
import { ChatCallbacks, type ChatCallbackProps } from './ChatCallbacks'
import { EarlyClicks } from './EarlyClicks'
import { checkRouteOptions } from '@chatmount/core/routes'
import { useNextScript, VendorScript } from './nextScript'
import { NextRoutes } from './NextRoutes'

export type ChatWidgetProps<P extends ProviderName | AnyProvider = 'raychat'> = Omit<
  ChatProviderProps<P>,
  'scriptLoader'
> &
  ChatCallbackProps & {
    /** Path patterns where the widget hides (`'/checkout'`, `'/account/*'`, `'/docs/**'`); it comes back elsewhere. */
    hideOn?: readonly string[]
    /** Send the vendor a `pageView` on each client-side navigation. Default `true`. */
    pageViews?: boolean
  }

/**
 * The chat for a Next.js app: put it in `app/layout.tsx` (or `pages/_app.tsx`). Every
 * `createChat` option is a prop; the vendor script goes through `next/script`. Wrap `children`
 * in it to use the hooks and `<ChatLauncher>` below it. Renders nothing of its own; on the server
 * it adds a small script that keeps a click on a launcher made before hydration.
 */
export function ChatWidget<P extends ProviderName | AnyProvider = 'raychat'>({
  children,
  hideOn,
  pageViews = true,
  onReady,
  onError,
  ...options
}: ChatWidgetProps<P>) {
  const routesKey = JSON.stringify([hideOn ?? null, pageViews])
  // Invalid props fail here, during render (on the server too), where an error boundary can catch them.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the options' content is the key
  useMemo(() => checkRouteOptions({ hideOn, pageViews }), [routesKey])
  const [scriptLoader, script] = useNextScript()
  return (
    <ChatProvider {...(options as ChatProviderProps)} scriptLoader={scriptLoader}>
      <ChatCallbacks onReady={onReady} onError={onError} />
      <EarlyClicks nonce={options.nonce} />
      {(pageViews || !!hideOn?.length) && (
        <Suspense fallback={null}>
          <NextRoutes hideOn={hideOn} pageViews={pageViews} />
        </Suspense>
      )}
      {script && <VendorScript request={script} load={options.load} />}
      {children}
    </ChatProvider>
  )
}
