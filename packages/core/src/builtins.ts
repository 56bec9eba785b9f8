import type { Capability } from './types'
import type { AnyProvider } from './defineProvider'

/**
 * A built-in provider as `createChat` knows it by name before its module arrives: enough to check
 * the token and answer `supports()` at once, and the way to load the rest. Each provider is its own
 * chunk, so a page downloads only the one it uses.
 */
export interface LazyProvider {
  readonly name: string
  readonly token: AnyProvider['token']
  readonly capabilities: readonly Capability[]
  load(): Promise<AnyProvider>
}

// Token rules and capabilities repeat the providers' own (a test keeps them equal), so that this
// table stays small and none of the providers' code is in the bundle until it is needed.
const everything: Capability[] = ['open', 'close', 'toggle', 'show', 'hide', 'identify', 'reset']

// A token's shape in words, for development messages only.
const words: Record<string, string> =
  process.env.NODE_ENV != 'production'
    ? {
        raychat: 'a widget token (a UUID)',
        chatra: 'a ChatraID (letters and digits)',
        chaport: 'an appId (letters and digits)',
        onwebchat: 'a chat id (letters and digits, optionally followed by /segments)',
        rayzing: '"BOT_ID,CUSTOMER_ID"',
      }
    : {}

export const builtins: Readonly<Record<string, LazyProvider>> = {
  raychat: {
    name: 'raychat',
    token: {
      pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      expected: words.raychat!,
      strict: false,
    },
    capabilities: [
      ...everything,
      'signIn',
      'identify.avatar',
      'unread',
      'events.open',
      'events.close',
      'events.message',
      'events.unread',
    ],
    load: () => import('./providers/raychat').then((module) => module.raychat),
  },
  chatra: {
    name: 'chatra',
    token: { pattern: /^[A-Za-z0-9]{8,40}$/, expected: words.chatra!, strict: false },
    capabilities: [
      'open',
      'close',
      'show',
      'hide',
      'identify',
      'identify.custom',
      'signIn',
      'reset',
      'pageView',
      'updateOptions',
      'events.message',
    ],
    load: () => import('./providers/chatra').then((module) => module.chatra),
  },
  chaport: {
    name: 'chaport',
    token: { pattern: /^[A-Za-z0-9]{8,64}$/, expected: words.chaport!, strict: false },
    capabilities: [
      ...everything,
      'identify.custom',
      'signIn',
      'pageView',
      'events.open',
      'events.close',
    ],
    load: () => import('./providers/chaport').then((module) => module.chaport),
  },
  onwebchat: {
    name: 'onwebchat',
    token: {
      pattern: /^[A-Za-z0-9]{6,64}(?:\/[A-Za-z0-9]{1,64}){0,3}$/,
      expected: words.onwebchat!,
      strict: false,
    },
    capabilities: [
      'open',
      'close',
      'show',
      'hide',
      'identify',
      'updateOptions',
      'events.open',
      'events.close',
    ],
    load: () => import('./providers/onwebchat').then((module) => module.onwebchat),
  },
  rayzing: {
    name: 'rayzing',
    token: { pattern: /^[\w-]{1,64},[\w-]{1,64}$/, expected: words.rayzing! },
    capabilities: [],
    load: () => import('./providers/rayzing').then((module) => module.rayzing),
  },
}
