import { chaport } from './providers/chaport'
import { chatra } from './providers/chatra'
import { onwebchat } from './providers/onwebchat'
import { raychat } from './providers/raychat'
import { rayzing } from './providers/rayzing'

/** The providers `createChat` knows by name. */
export const builtinProviders = { raychat, chatra, chaport, onwebchat, rayzing }

export type BuiltinProviders = typeof builtinProviders
export type ProviderName = keyof BuiltinProviders
