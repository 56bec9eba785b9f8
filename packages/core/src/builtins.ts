import type { AnyProvider } from './defineProvider'
import type { VendorFacts } from './vendors'
import * as facts from './vendors/facts'

/**
 * A built-in provider as `createChat` knows it by name before its module arrives: its facts
 * (`vendors/`) and the way to load the rest. Each provider is its own chunk, so a page downloads
 * only the one it uses.
 */
export interface LazyProvider<P extends AnyProvider = AnyProvider> extends VendorFacts {
  load(): Promise<P>
}

export const builtins = {
  raychat: { ...facts.raychat, load: () => import('./providers/raychat').then((m) => m.raychat) },
  chatra: { ...facts.chatra, load: () => import('./providers/chatra').then((m) => m.chatra) },
  chaport: { ...facts.chaport, load: () => import('./providers/chaport').then((m) => m.chaport) },
  onwebchat: {
    ...facts.onwebchat,
    load: () => import('./providers/onwebchat').then((m) => m.onwebchat),
  },
  rayzing: { ...facts.rayzing, load: () => import('./providers/rayzing').then((m) => m.rayzing) },
  crisp: { ...facts.crisp, load: () => import('./providers/crisp').then((m) => m.crisp) },
  tawk: { ...facts.tawk, load: () => import('./providers/tawk').then((m) => m.tawk) },
}
