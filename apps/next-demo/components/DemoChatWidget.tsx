'use client'
import { supportWidget } from '@chatmount/e2e/demo'
import { ChatWidget } from '@chatmount/next'
import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'
import { hideOn, type DemoChat } from './demoChat'

/** The page with the support team's own widget (the demo's /support is its back office). */
const HELP_PATH = '/help'

/**
 * The demo's chat, and on the Help page the support team's own widget: new props, so the chat is
 * re-created, one vendor in the page at a time.
 */
export function DemoChatWidget({ chat, children }: { chat: DemoChat; children: ReactNode }) {
  const onHelp = usePathname() === HELP_PATH
  const widget = onHelp
    ? {
        ...chat,
        provider: supportWidget.provider,
        token: supportWidget.token,
        scriptUrl: chat.scriptUrl && supportWidget.scriptUrl,
      }
    : chat
  return (
    <ChatWidget {...widget} hideOn={hideOn}>
      {children}
    </ChatWidget>
  )
}
