import { vendors } from '@chatmount/core/vendors'
import type { EmulatedProvider } from './types'

/** Made-up ids of the right shape for each vendor, for tests and demos: the emulators accept any well-formed one. */
export const demoTokens = Object.fromEntries(
  Object.entries(vendors).map(([provider, { docs }]) => [provider, docs.demoToken]),
) as Readonly<Record<EmulatedProvider, string>>
