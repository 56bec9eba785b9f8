import type { CreateChatOptions } from './createChat'

/** What a handle remembers of the options it last acted on. */
export interface OptionsSeen {
  readonly setup: readonly unknown[]
  readonly settings: string
  readonly visitor: string
  readonly user: string
  readonly consent: boolean
}

export interface OptionChange {
  /** Make a new chat from the options (or none, for `null`), in place of the current one. */
  readonly create: boolean
  /** The provider's settings changed, and nothing else of the setup. */
  readonly settings?: boolean
  /** Tell the current chat about the visitor: a new one signed in, or the one it knew signed out. */
  readonly visitor?: 'identify' | 'reset'
  /** A visitor signed in to the app, or the one who had signed out. */
  readonly user?: 'signIn' | 'reset'
  /** The `consent` option changed: grant or withdraw. Unchanged, what `setConsent` decided stays. */
  readonly consent?: boolean
  readonly seen?: OptionsSeen
}

/** A key for a value: equal content, equal key (functions are left out, as JSON leaves them out). */
const keyOf = (value: unknown) => JSON.stringify(value ?? null)

/**
 * What new options mean for a chat made from the ones seen before. The setup (provider, token,
 * loading) makes the chat what it is: any change re-creates it. New provider settings, the visitor
 * and consent are told to the chat that stays. Equal options, however often passed, change nothing.
 */
export function changeOf(
  seen: OptionsSeen | undefined,
  options: CreateChatOptions<any> | null,
): OptionChange {
  if (!options) return { create: true }
  const {
    provider = 'raychat',
    token,
    load,
    timeout,
    scriptUrl,
    nonce,
    referrerPolicy,
    target,
    options: settings,
    visitor,
    user,
    consent = true,
  } = options
  const next: OptionsSeen = {
    setup: [provider, token, load, timeout, scriptUrl, nonce, referrerPolicy, target],
    settings: keyOf(settings),
    visitor: keyOf(visitor),
    user: keyOf(user),
    consent,
  }
  if (!seen || next.setup.some((value, index) => !Object.is(value, seen.setup[index])))
    return { create: true, seen: next }
  return {
    create: false,
    seen: next,
    settings: next.settings != seen.settings,
    visitor: next.visitor == seen.visitor ? undefined : visitor ? 'identify' : 'reset',
    user: next.user == seen.user ? undefined : user ? 'signIn' : 'reset',
    consent: next.consent == seen.consent ? undefined : consent,
  }
}

/**
 * In development: what the app passed anew that the chat cannot follow, for a warning. `'provider'`:
 * a provider object made again with the same name, which re-creates the chat each time;
 * `'options.<key>'`: a function among provider settings that alone changed, which the vendor does
 * not take (it keeps the one it was given).
 */
export function unstableOf(
  before: CreateChatOptions<any> | undefined,
  options: CreateChatOptions<any>,
  change: OptionChange,
): string | undefined {
  const { provider } = options
  if (change.create)
    return typeof provider == 'object' &&
      provider != before?.provider &&
      provider.name == before?.provider?.name
      ? 'provider'
      : undefined
  if (change.settings) return
  const old = (before?.options ?? {}) as Record<string, unknown>
  const stale = Object.entries(options.options ?? {}).find(
    ([key, value]) => typeof value == 'function' && value != old[key],
  )
  return stale && `options.${stale[0]}`
}
