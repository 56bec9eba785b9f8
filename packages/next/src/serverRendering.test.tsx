// @vitest-environment node
import { readFileSync } from 'node:fs'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

const token = '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04'

describe('server rendering, with no window', () => {
  it('the widget, hooks and launcher render to a string and add no script', async () => {
    expect(typeof window).toBe('undefined')
    const { ChatWidget, ChatProvider, ChatLauncher, useChat } = await import(
      /* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href
    )
    function Status() {
      return <span>{`status:${useChat().state.status}`}</span>
    }
    const html = renderToString(
      <ChatWidget token={token} load="eager" hideOn={['/checkout']}>
        <Status />
        <ChatLauncher>Chat</ChatLauncher>
      </ChatWidget>,
    )
    expect(html).toContain('status:idle')
    expect(html).toContain('data-chat-launcher')
    expect(html).not.toContain('<script')
    expect(ChatProvider).toBe(ChatWidget)
  })

  it('the published entries start with "use client", so a server layout can import them', () => {
    for (const file of ['index.js', 'index.cjs']) {
      expect(
        readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8').startsWith(
          "'use client';",
        ),
      ).toBe(true)
    }
  })
})
