import { demoTokens, emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, effectScope, h, nextTick, ref } from 'vue'
import { chatPlugin } from './chatPlugin'
import { ChatWidget } from './ChatWidget'
import { useChat } from './useChat'
import { useChatEvent } from './useChatEvent'

let emulation: VendorEmulation
const scripts = () => document.querySelectorAll('script[data-chatmount]')
const until = async (condition: () => unknown) => {
  for (let i = 0; i < 200 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 5))
  expect(condition()).toBeTruthy()
}

beforeEach(() => {
  emulation = emulateVendors()
})
const apps: Array<{ unmount(): void }> = []
afterEach(() => {
  apps.splice(0).forEach((app) => app.unmount())
  emulation.restore()
  document.body.replaceChildren()
  vi.restoreAllMocks()
})

function mountApp(setup: () => () => unknown, options: Parameters<typeof chatPlugin.install>[1]) {
  const host = document.body.appendChild(document.createElement('div'))
  const app = createApp(defineComponent({ setup }))
  app.use(chatPlugin, options)
  app.mount(host)
  apps.push({ unmount: () => app._container && app.unmount() })
  return app
}

describe('chatPlugin and useChat', () => {
  it('provides one chat to the app: methods, readonly state refs, and calls kept until ready', async () => {
    let chat!: ReturnType<typeof useChat<'raychat'>>
    const app = mountApp(
      () => {
        chat = useChat<'raychat'>()
        chat.open()
        return () => h('p', chat.status.value)
      },
      { token: demoTokens.raychat, load: 'manual' },
    )
    await until(() => chat.status.value === 'ready')
    expect(scripts()).toHaveLength(1)
    expect(emulation.vendor('raychat')!.isOpen).toBe(true)
    expect(chat.isOpen.value).toBe(true)
    expect([chat.visible.value, chat.error.value]).toEqual([true, null])
    emulation.vendor('raychat')!.agentMessage('Hello')
    await until(() => chat.unread.value !== null)
    expect(chat.unread.value).toBe(chat.state.value.unread)
    expect(document.body.textContent).toContain('ready')
    // Readonly: the state belongs to the chat.
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    ;(chat.state as { value: unknown }).value = null
    expect(chat.state.value.status).toBe('ready')
    app.unmount()
    expect(scripts()).toHaveLength(0)
    expect((window as any).Raychat).toBeUndefined()
  })

  it('a clear error when no chat was provided', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(defineComponent({ setup: () => (useChat(), () => null) }))).toThrow(
      /useChat\(\) found no chat: install it with app\.use\(chatPlugin/,
    )
  })

  it('an app may hold several chats, one per key', async () => {
    const host = document.body.appendChild(document.createElement('div'))
    let sales!: ReturnType<typeof useChat>
    let support!: ReturnType<typeof useChat>
    const app = createApp(
      defineComponent({
        setup() {
          sales = useChat('sales')
          support = useChat('support')
          return () => null
        },
      }),
    )
    app.use(chatPlugin, [
      { key: 'sales', provider: 'chatra', token: demoTokens.chatra, load: 'eager' },
      { key: 'support', provider: 'chaport', token: demoTokens.chaport, load: 'eager' },
    ])
    app.mount(host)
    await until(() => sales.status.value === 'ready' && support.status.value === 'ready')
    expect(sales.provider).toBe('chatra')
    expect(support.provider).toBe('chaport')
    app.unmount()
    expect(scripts()).toHaveLength(0)
  })

  it('reactive options: a new token re-creates, a new visitor identifies once, equal values call nothing', async () => {
    const token = ref(demoTokens.raychat)
    const provider = ref<'raychat' | 'chatra'>('raychat')
    const name = ref('Ada')
    let chat!: ReturnType<typeof useChat>
    mountApp(
      () => {
        chat = useChat()
        return () => null
      },
      { provider, token, load: 'eager', visitor: () => ({ name: name.value }) },
    )
    await until(() => chat.status.value === 'ready')
    const first = emulation.vendor('raychat')!
    const setUsers = () => first.calls.filter((call) => call.method === 'setUser')
    expect(setUsers()).toHaveLength(1)

    name.value = 'Ada' // equal
    token.value = demoTokens.raychat
    await nextTick()
    expect(setUsers()).toHaveLength(1)
    expect(emulation.scripts).toHaveLength(1)

    name.value = 'Grace'
    await nextTick()
    expect(setUsers()).toHaveLength(2)
    expect(setUsers()[1]!.args[0]).toMatchObject({ name: 'Grace' })

    provider.value = 'chatra'
    token.value = demoTokens.chatra
    await nextTick()
    await until(() => chat.status.value === 'ready')
    expect(scripts()).toHaveLength(1)
    expect((scripts()[0] as HTMLScriptElement).dataset.chatmount).toBe('chatra')
    expect(emulation.vendor('chatra')!.visitor).toMatchObject({ name: 'Grace' })
  })

  it('a visitor edited in place identifies; a visitor gone (logout) resets', async () => {
    const user = ref<{ name: string } | null>({ name: 'Ada' })
    let chat!: ReturnType<typeof useChat>
    mountApp(
      () => {
        chat = useChat()
        return () => null
      },
      {
        provider: 'chatra',
        token: demoTokens.chatra,
        load: 'eager',
        visitor: () => user.value ?? undefined,
      },
    )
    await until(() => chat.status.value === 'ready')
    const vendor = emulation.vendor('chatra')!
    user.value!.name = 'Grace'
    await nextTick()
    expect(vendor.visitor).toMatchObject({ name: 'Grace' })
    user.value = null
    await nextTick()
    expect(vendor.calls.map((call) => call.method).slice(-2)).toEqual([
      'setIntegrationData',
      'restart',
    ])
  })

  it('consent as a ref: nothing loads until granted, revoking tears down', async () => {
    const consent = ref(false)
    mountApp(() => () => null, { token: demoTokens.raychat, load: 'eager', consent })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(scripts()).toHaveLength(0)
    consent.value = true
    await nextTick()
    expect(scripts()).toHaveLength(1)
    consent.value = false
    await nextTick()
    expect(scripts()).toHaveLength(0)
  })
})

describe('useChatEvent', () => {
  it('unsubscribes when its effect scope ends', async () => {
    let chat!: ReturnType<typeof useChat>
    const app = mountApp(
      () => {
        chat = useChat()
        return () => null
      },
      { token: demoTokens.raychat, load: 'eager' },
    )
    await until(() => chat.status.value === 'ready')
    const messages: string[] = []
    const scope = effectScope()
    // A scope outside any component that can still see the app's chat.
    app.runWithContext(() =>
      scope.run(() => useChatEvent('message', (message) => messages.push(message.text))),
    )
    const stop = chat.on('message', (message) => messages.push(`direct:${message.text}`))
    emulation.vendor('raychat')!.agentMessage('one')
    scope.stop()
    stop()
    emulation.vendor('raychat')!.agentMessage('two')
    expect(messages).toEqual(['one', 'direct:one'])
  })

  it('in a component: stops when the component unmounts', async () => {
    const messages: string[] = []
    const show = ref(true)
    const Listener = defineComponent({
      setup() {
        useChatEvent('message', (message) => messages.push(message.text))
        return () => null
      },
    })
    let chat!: ReturnType<typeof useChat>
    mountApp(
      () => {
        chat = useChat()
        return () => (show.value ? h(Listener) : null)
      },
      { token: demoTokens.raychat, load: 'eager' },
    )
    await until(() => chat.status.value === 'ready')
    emulation.vendor('raychat')!.agentMessage('heard')
    show.value = false
    await nextTick()
    emulation.vendor('raychat')!.agentMessage('unheard')
    expect(messages).toEqual(['heard'])
  })
})

describe('ChatWidget', () => {
  it('a chat only while mounted, with reactive props, usable by its subtree', async () => {
    const token = ref(demoTokens.raychat)
    const show = ref(true)
    let status = ''
    const Child = defineComponent({
      setup() {
        const chat = useChat()
        return () => h('span', (status = chat.status.value))
      },
    })
    const wrapper = mount(
      defineComponent({
        setup: () => () =>
          show.value ? h(ChatWidget, { token: token.value, load: 'eager' }, () => h(Child)) : null,
      }),
      { attachTo: document.body },
    )
    await until(() => status === 'ready')
    expect(scripts()).toHaveLength(1)
    show.value = false
    await nextTick()
    expect(scripts()).toHaveLength(0)
    wrapper.unmount()
  })
})
