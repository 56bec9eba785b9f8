import type { builtins } from './builtins'

/**
 * The providers `createChat` knows by name, as types. Their code is not here: each one is its own
 * chunk, loaded when a chat names it (see builtins.ts), or imported on its own from
 * `@chatmount/core/providers/<name>`.
 */
export type BuiltinProviders = {
  [Name in keyof typeof builtins]: Awaited<ReturnType<(typeof builtins)[Name]['load']>>
}

export type ProviderName = keyof BuiltinProviders
