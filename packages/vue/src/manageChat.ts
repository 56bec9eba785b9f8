import {
  createChat,
  createChatHandle,
  type AnyProvider,
  type ChatClient,
  type ChatHandle,
  type CreateChatOptions,
  type ProviderName,
} from '@chatmount/core'
import { computed, onScopeDispose, toValue, watch, type MaybeRefOrGetter } from 'vue'

/** Every `createChat` option, each one a plain value, a ref or a getter. */
export type ReactiveChatOptions<P extends ProviderName | AnyProvider = ProviderName | AnyProvider> = {
  [K in keyof CreateChatOptions<P>]: MaybeRefOrGetter<CreateChatOptions<P>[K]>
}

/** A JSON key for a value: equal content, equal key (functions are left out, as JSON does). */
const keyOf = (value: unknown) => JSON.stringify(value ?? null)

/**
 * Own one chat for the life of the current effect scope (a component, or the plugin's scope),
 * following reactive options: a new provider, token or loading setup re-creates the chat, a new
 * visitor identifies once, a new consent grants or revokes, equal values do nothing.
 * Invalid options throw a `ChatError('config')` right here.
 */
export function manageChat(options: ReactiveChatOptions): ChatHandle {
  const handle = createChatHandle()
  const current = computed(() => {
    const resolved: Record<string, unknown> = {}
    for (const [name, value] of Object.entries(options)) resolved[name] = toValue(value)
    return resolved as unknown as CreateChatOptions<ProviderName | AnyProvider>
  })
  const setup = computed(() => {
    const { provider, token, load, timeout, scriptUrl, nonce, target, options: settings } = current.value
    return [provider, token, load, timeout, scriptUrl, nonce, target, keyOf(settings)]
  })
  const visitorKey = computed(() => keyOf(current.value.visitor))
  let client: ChatClient<any> | undefined
  let identified: string | undefined

  function create() {
    handle.attach(undefined)
    client?.destroy()
    client = createChat({ ...current.value, consent: current.value.consent ?? true })
    identified = visitorKey.value
    handle.attach(client)
  }
  create()

  // Compare the setup field by field, so an equal re-computation re-creates nothing.
  watch(setup, (next, previous) => next.some((value, index) => value !== previous[index]) && create())
  watch(visitorKey, (key) => {
    if (key === identified) return
    identified = key
    const { visitor } = current.value
    if (visitor) handle.identify(visitor)
  })
  watch(
    () => current.value.consent ?? true,
    (granted) => handle.setConsent(granted),
  )
  onScopeDispose(() => {
    handle.attach(undefined)
    client?.destroy()
  })
  return handle
}
