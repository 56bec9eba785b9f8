import '@chatmount/e2e/demo.css'
import type { Metadata } from 'next'
import { headers } from 'next/headers'
import type { ReactNode } from 'react'
import { demoChat } from '../components/demoChat'
import { DemoChatWidget } from '../components/DemoChatWidget'
import { Nav } from '../components/Nav'
import { DEMO_SEARCH_HEADER } from '../proxy'

export const metadata: Metadata = {
  title: 'chatmount · Next.js demo',
  icons: { icon: 'data:,' },
}

// An async server layout: the chat's settings come from the request; the widget (ChatWidget, in a
// client component that picks the Help page's own) is imported as is.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const chat = demoChat(new URLSearchParams((await headers()).get(DEMO_SEARCH_HEADER) ?? ''))
  return (
    <html lang="en">
      <body>
        <header>
          <h1>chatmount</h1>
          <p className="mode">
            Next.js App Router · {chat.provider} · load: {chat.load} ·{' '}
            {chat.scriptUrl ? 'emulated vendors · offline' : 'live vendor scripts'}
          </p>
          <Nav />
        </header>
        <DemoChatWidget chat={chat}>
          <main>{children}</main>
        </DemoChatWidget>
      </body>
    </html>
  )
}
