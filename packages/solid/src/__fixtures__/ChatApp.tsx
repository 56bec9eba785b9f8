// An app as its root component writes it: the chat, a launcher, the state shown, routes followed.
import type { CreateChatOptions, ProviderName } from '@chatmount/core'
import type { Accessor } from 'solid-js'
import { ChatLauncher } from '../ChatLauncher'
import { ChatProvider } from '../ChatProvider'
import { useChat } from '../context'
import { useChatEvent } from '../useChatEvent'
import { useChatRoutes } from '../useChatRoutes'

export interface ChatAppProps {
  options: Accessor<CreateChatOptions<ProviderName>>
  path?: Accessor<string>
  giveWay?: Accessor<boolean>
  onClick?: (event: MouseEvent) => void
  events?: string[]
}

function Inside(props: Omit<ChatAppProps, 'options'>) {
  const chat = useChat()
  useChatEvent('ready', () => props.events?.push('ready'))
  if (props.path) useChatRoutes(props.path, { hideOn: ['/checkout'] })
  return (
    <>
      <p data-testid="status">{chat.state().status}</p>
      <ChatLauncher class="launcher" giveWay={props.giveWay?.()} onClick={props.onClick}>
        {(state) => (state.status == 'loading' ? 'Connecting…' : 'Chat with us')}
      </ChatLauncher>
    </>
  )
}

export function ChatApp(props: ChatAppProps) {
  return (
    <ChatProvider {...props.options()}>
      <Inside
        path={props.path}
        giveWay={props.giveWay}
        onClick={props.onClick}
        events={props.events}
      />
    </ChatProvider>
  )
}
