import type { ChatClient } from './client'
import { answering, returningNothing } from './clientMethods'
import { createChat, validateChatOptions, type CreateChatOptions } from './createChat'
import type { AnyProvider } from './defineProvider'
import type { ProviderName } from './builtinProviders'
import { changeOf, unstableOf, type OptionsSeen } from './optionChanges'
import { warnOnce } from './warnOnce'
import { createSubscribable } from './subscribable'
import { initialState } from './initialState'
import type { ChatState, Unsubscribe } from './types'

/** The client's methods, for whichever chat the handle currently points at. */
export type ChatControls = Omit<ChatClient<any>, 'getState' | 'subscribe'>

/**
 * A stable stand-in for the chat a framework adapter owns, following the app's options as they
 * change (React passes them in an effect, never during render, which may run twice or on the
 * server; Vue from a watcher; Angular from an effect). Calls made before a chat exists wait and are
 * handed over, in order, once one does; event handlers and state subscribers follow it across
 * re-creation.
 */
export interface ChatHandle extends ChatControls {
  getState(): ChatState
  subscribe(listener: () => void): Unsubscribe
  /**
   * The options the app wants now; core decides what the change means. A new provider, token or
   * loading setup (`load`, `timeout`, `scriptUrl`, `nonce`, `referrerPolicy`, `target`) re-creates the chat; new
   * provider `options` are applied in place where the provider can (`updateOptions`), else
   * re-create it; a new `visitor` identifies, a new `user` signs in, and either one gone (logout)
   * resets; a new
   * `consent` grants or revokes; equal options do nothing. `null` destroys the chat (unmount).
   * Invalid options throw a `ChatError('config')` and change nothing.
   */
  setOptions(options: CreateChatOptions<ProviderName | AnyProvider> | null): void
}

type Forwarded = (typeof answering)[number] | (typeof returningNothing)[number] | 'destroy'

/** A word, once, about options the app makes again on every render that the chat cannot follow. */
function warnUnstable(unstable: string, options: CreateChatOptions<ProviderName | AnyProvider>) {
  const name = typeof options.provider == 'object' ? options.provider.name : options.provider
  warnOnce(
    unstable == 'provider'
      ? `[chatmount] ${name}: a new provider object with the same name re-creates the chat each time; define it once, outside the component.`
      : `[chatmount] ${name}: ${unstable} is a new function, but the vendor keeps the one it was given; pass the same function every time (define it outside the component, or useCallback), or listen with on().`,
  )
}

export function createChatHandle(): ChatHandle {
  let client: ChatClient<any> | undefined
  let seen: OptionsSeen | undefined
  // The options last given, in development, for a word about what the app makes again each time.
  let given: CreateChatOptions<ProviderName | AnyProvider> | undefined
  const pending: Array<(client: ChatClient<any>) => void> = []
  let unhookState: Unsubscribe | undefined
  const changes = createSubscribable()
  // Each handler with its unsubscribe from the current chat.
  const handlers = new Set<{ event: string; handler: (payload: any) => void; stop?: Unsubscribe }>()
  const notify = () => changes.emit('change')

  function attach(next: ChatClient<any> | undefined) {
    unhookState?.()
    client?.destroy()
    client = next
    unhookState = next?.subscribe(notify)
    for (const entry of handlers) {
      entry.stop?.()
      entry.stop = next?.on(entry.event as never, entry.handler)
    }
    // Hand waiting calls over after this task: React StrictMode attaches, detaches and attaches
    // again at once, and only the chat that stays should see them (and fetch the vendor).
    if (next) queueMicrotask(() => client && pending.splice(0).forEach((run) => run(client!)))
    notify()
  }

  const handle: Omit<ChatHandle, Forwarded> = {
    get provider() {
      return client?.provider ?? ''
    },
    getState: () => client?.getState() ?? initialState,
    subscribe: (listener) => changes.on('change', listener),
    setOptions(options) {
      if (options) validateChatOptions(options)
      let change = changeOf(seen, options)
      // New provider settings alone: applied in place where the vendor can take them at run time.
      if (change.settings && !client?.supports('updateOptions'))
        change = { ...change, create: true }
      if (process.env.NODE_ENV != 'production') {
        const unstable = options && unstableOf(given, options, change)
        if (unstable) warnUnstable(unstable, options!)
        given = options ?? undefined
      }
      if (change.create) {
        attach(options ? createChat({ ...options, consent: options.consent ?? true }) : undefined)
      } else if (client) {
        if (change.settings) client.updateOptions(options!.options ?? {})
        if (change.visitor == 'identify') client.identify(options!.visitor!)
        if (change.user == 'signIn') client.signIn(options!.user!)
        if (change.visitor == 'reset' || change.user == 'reset') client.reset()
        // Only a change of the option: a decision made since with setConsent (a consent
        // platform's bridge) is not undone by the same options passed again.
        if (change.consent !== undefined) client.setConsent(change.consent)
      }
      seen = change.seen
    },
    supports: (capability) => client?.supports(capability) ?? false,
    on(event, handler) {
      const entry = { event, handler, stop: client?.on(event, handler) }
      handlers.add(entry)
      return () => {
        handlers.delete(entry)
        entry.stop?.()
      }
    },
  }
  for (const method of [...answering, ...returningNothing, 'destroy'] as const) {
    ;(handle as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const run = (chat: ChatClient<any>) =>
        (chat[method] as (...args: unknown[]) => unknown)(...args)
      const answer = client
        ? run(client)
        : new Promise((resolve) => pending.push((chat) => resolve(run(chat))))
      // The rest return nothing, as the client's do: `useEffect(() => chat.open())` must stay valid.
      if ((answering as readonly string[]).includes(method)) return answer
    }
  }
  return handle as ChatHandle
}
