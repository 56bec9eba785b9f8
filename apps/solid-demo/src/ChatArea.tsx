// Everything that uses the chat, inside <ChatProvider>: above the routes, so it lives across them.
import { demoHideOn, demoRoutes, describeCapabilities } from '@chatmount/e2e/demo'
import {
  ChatLauncher,
  isChatError,
  useChat,
  useChatEvent,
  useChatRoutes,
  type ChatState,
} from '@chatmount/solid'
import { A, useLocation } from '@solidjs/router'
import { createStore } from 'solid-js/store'
import { For, Show, type JSX } from 'solid-js'
import { write } from './eventLog'
import { Panels } from './Panels'

const ignore = () => {}
const launcherLabel = ({ status }: ChatState) =>
  status === 'loading'
    ? 'Connecting…'
    : status === 'error'
      ? 'Chat unavailable · retry'
      : 'Chat with us'

export function ChatArea(props: { onConsent: (consent: boolean) => void; children?: JSX.Element }) {
  const chat = useChat()
  const location = useLocation()
  useChatRoutes(() => location, { hideOn: demoHideOn })
  useChatEvent('ready', () => write('ready'))
  useChatEvent('open', () => write('open'))
  useChatEvent('close', () => write('close'))
  useChatEvent('message', (message) => write('message', { from: message.from, text: message.text }))
  useChatEvent('unread', (count) => write('unread', count))
  useChatEvent('error', (error) => write('error', `${error.code}: ${error.message}`))

  /** A button per chat method. Failures arrive as `error` events, so promises are only caught here. */
  const actions: ReadonlyArray<readonly [name: string, run: () => void]> = [
    ['load', () => chat.load().catch(ignore)],
    ['open', () => chat.open()],
    ['close', () => chat.close()],
    ['toggle', () => chat.toggle()],
    ['show', () => chat.show()],
    ['hide', () => chat.hide()],
    ['reset', () => chat.reset()],
    ['pageView', () => chat.pageView({ url: window.location.href, title: document.title })],
    ['grant consent', () => props.onConsent(true)],
    ['revoke consent', () => props.onConsent(false)],
    ['retry', () => chat.retry().catch(ignore)],
    ['destroy', () => chat.destroy()],
  ]

  const [visitor, setVisitor] = createStore({ name: '', email: '', phone: '' })
  const identify = (event: SubmitEvent) => {
    event.preventDefault()
    try {
      chat.identify({
        name: visitor.name || undefined,
        email: visitor.email || undefined,
        phone: visitor.phone || undefined,
      })
      write('identify', { ...visitor })
    } catch (error) {
      write('config-error', isChatError(error) ? error.message : String(error))
    }
  }
  const field = (name: 'name' | 'email' | 'phone', label: string, type = 'text') => (
    <label>
      {label}{' '}
      <input
        name={name}
        type={type}
        autocomplete={name === 'phone' ? 'tel' : name}
        value={visitor[name]}
        onInput={(event) => setVisitor(name, event.currentTarget.value)}
      />
    </label>
  )
  const capabilities = () =>
    chat.state() && chat.provider ? describeCapabilities(chat.provider, chat.supports) : ''

  return (
    <>
      <section class="routes">
        <nav aria-label="Demo routes">
          <For each={demoRoutes}>
            {(route) => (
              <A href={route.path} end>
                {route.name}
              </A>
            )}
          </For>
        </nav>
        {props.children}
      </section>
      <section class="actions" aria-label="Chat methods">
        <For each={actions}>
          {([name, run]) => (
            <button type="button" data-action={name} onClick={run}>
              {name}
            </button>
          )}
        </For>
      </section>
      <form id="identify" onSubmit={identify}>
        {field('name', 'Name')}
        {field('email', 'Email', 'email')}
        {field('phone', 'Phone', 'tel')}
        <button type="submit" data-action="identify">
          identify
        </button>
      </form>
      <div class="launcher-row">
        <ChatLauncher class="launcher">{launcherLabel}</ChatLauncher>
        <Show when={capabilities()}>
          <p id="capabilities">{capabilities()}</p>
        </Show>
      </div>
      <Panels state={chat.state()} />
      <div id="facade">
        <ChatLauncher giveWay aria-label="Chat">
          💬
        </ChatLauncher>
      </div>
    </>
  )
}
