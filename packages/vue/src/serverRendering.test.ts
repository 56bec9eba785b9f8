// @vitest-environment node
import { renderToString } from 'vue/server-renderer'
import { expect, it } from 'vitest'
import { createSSRApp, defineComponent, h } from 'vue'

it('installing the plugin and rendering every component on the server touches no window and adds nothing', async () => {
  expect(typeof window).toBe('undefined')
  const { chatPlugin, ChatLauncher, ChatWidget, useChat, useChatEvent } = await import(
    /* @vite-ignore */ new URL('../dist/index.js', import.meta.url).href
  )
  const app = createSSRApp(
    defineComponent({
      setup() {
        const chat = useChat()
        useChatEvent('ready', () => {})
        return () => [
          h('span', `${chat.status.value}/${chat.isOpen.value}`),
          h(ChatLauncher, null, () => 'Chat'),
          h(ChatWidget, { provider: 'chatra', token: 'z2o3F8GDkNpKD4BYt', load: 'eager' }),
        ]
      },
    }),
  )
  app.use(chatPlugin, { token: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04', load: 'eager' })
  const html = await renderToString(app)
  expect(html).toContain('idle/false')
  expect(html).toContain('data-chat-launcher')
})
