import '@chatmount/e2e/demo.css'
import { ChatWidget } from '@chatmount/next'
import type { AppProps } from 'next/app'
import { useState } from 'react'
import { demoChat, hideOn } from '../components/demoChat'

/** The Pages Router's own chat: the same widget in _app, following this router's events. */
export default function App({ Component, pageProps, router }: AppProps) {
  // The first URL's settings, kept across this router's navigations.
  const [chat] = useState(() => demoChat(new URL(router.asPath, 'http://localhost').searchParams))
  return (
    <ChatWidget {...chat} hideOn={hideOn}>
      <Component {...pageProps} />
    </ChatWidget>
  )
}
