import type { AnyProvider, ProviderName } from '@chatmount/core'

/**
 * Each built-in provider's module, for the elements its vendor renders: the same chunks a chat by
 * name fetches as it is created, so the one in use costs no second request and the others none.
 */
export const providerModules: Record<ProviderName, () => Promise<AnyProvider>> = {
  raychat: () => import('@chatmount/core/providers/raychat').then((module) => module.raychat),
  chatra: () => import('@chatmount/core/providers/chatra').then((module) => module.chatra),
  chaport: () => import('@chatmount/core/providers/chaport').then((module) => module.chaport),
  onwebchat: () => import('@chatmount/core/providers/onwebchat').then((module) => module.onwebchat),
  rayzing: () => import('@chatmount/core/providers/rayzing').then((module) => module.rayzing),
  crisp: () => import('@chatmount/core/providers/crisp').then((module) => module.crisp),
  tawk: () => import('@chatmount/core/providers/tawk').then((module) => module.tawk),
}
