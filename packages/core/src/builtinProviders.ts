import type { chaport } from './providers/chaport'
import type { chatra } from './providers/chatra'
import type { onwebchat } from './providers/onwebchat'
import type { raychat } from './providers/raychat'
import type { rayzing } from './providers/rayzing'

/**
 * The providers `createChat` knows by name, as types. Their code is not here: each one is its own
 * chunk, loaded when a chat names it (see builtins.ts), or imported on its own from
 * `@chatmount/core/providers/<name>`.
 */
export interface BuiltinProviders {
  raychat: typeof raychat
  chatra: typeof chatra
  chaport: typeof chaport
  onwebchat: typeof onwebchat
  rayzing: typeof rayzing
}

export type ProviderName = keyof BuiltinProviders
