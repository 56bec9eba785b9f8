// @vitest-environment node
import { readFileSync } from 'node:fs'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

const token = '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04'

describe('server rendering, with no window', () => {
  it('every export renders to a string and adds nothing', async () => {
    expect(typeof window).toBe('undefined')
    const { ChatProvider, ChatWidget, ChatLauncher, useChat, useChatState, useChatEvent } =
      await import(/* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href)
    function Status() {
      const chat = useChat()
      const open = useChatState((state: { open: boolean }) => state.open)
      useChatEvent('ready', () => {})
      return <span>{`${chat.state.status}/${open}`}</span>
    }
    const html = renderToString(
      <ChatProvider token={token} load="eager">
        <ChatWidget provider="chatra" token="z2o3F8GDkNpKD4BYt" />
        <Status />
        <ChatLauncher>Chat</ChatLauncher>
      </ChatProvider>,
    )
    expect(html).toContain('idle/false')
    expect(html).toContain('data-chat-launcher')
    expect(html).toContain('data-status="idle"')
  })

  it('the published entries start with "use client"', () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(
        readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8').startsWith(
          "'use client';",
        ),
      ).toBe(true)
    }
  })
})
