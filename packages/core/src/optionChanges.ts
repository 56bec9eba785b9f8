import type { CreateChatOptions } from './createChatByName'

/** What a handle remembers of the options it last acted on. */
export interface OptionsSeen {
  readonly setup: readonly unknown[]
  readonly visitor: string
}

export interface OptionChange {
  /** Make a new chat from the options (or none, for `null`), in place of the current one. */
  readonly create: boolean
  /** Tell the current chat about the visitor: a new one signed in, or the one it knew signed out. */
  readonly visitor?: 'identify' | 'reset'
  readonly seen?: OptionsSeen
}

/** A key for a value: equal content, equal key (functions are left out, as JSON leaves them out). */
const keyOf = (value: unknown) => JSON.stringify(value ?? null)

/**
 * What new options mean for a chat made from the ones seen before. The setup (provider, token,
 * loading, provider options) makes the chat what it is: any change re-creates it. The visitor and
 * consent are told to the chat that stays. Equal options, however often passed, change nothing.
 */
export function changeOf(seen: OptionsSeen | undefined, options: CreateChatOptions<any> | null): OptionChange {
  if (!options) return { create: true }
  const { provider = 'raychat', token, load, timeout, scriptUrl, nonce, target, options: settings, visitor } = options
  const next: OptionsSeen = { setup: [provider, token, load, timeout, scriptUrl, nonce, target, keyOf(settings)], visitor: keyOf(visitor) }
  if (!seen || next.setup.some((value, index) => !Object.is(value, seen.setup[index]))) return { create: true, seen: next }
  if (next.visitor == seen.visitor) return { create: false, seen: next }
  return { create: false, seen: next, visitor: visitor ? 'identify' : 'reset' }
}
