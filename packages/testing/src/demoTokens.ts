import type { EmulatedProvider } from './types'

/** Made-up ids of the right shape for each vendor, for tests and demos: the emulators accept any well-formed one. */
export const demoTokens: Readonly<Record<EmulatedProvider, string>> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'DemoChatraId2024x',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d',
  rayzing: '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30',
}
