import type { LoadStrategy, ProviderName } from '@chatmount/react'

export const providers: readonly ProviderName[] = [
  'raychat',
  'chatra',
  'chaport',
  'onwebchat',
  'rayzing',
]
export const strategies: readonly LoadStrategy[] = [
  'eager',
  'idle',
  'interaction',
  'visible',
  'manual',
]

/** Made-up ids of the right shape for each vendor: the emulators accept any well-formed one. */
export const demoTokens: Record<ProviderName, string> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'DemoChatraId2024x',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d',
  rayzing: '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30',
}

/** What the setup form chooses; submitting it creates a new chat. */
export interface ChatSettings {
  provider: ProviderName
  token: string
  load: LoadStrategy
  consent: boolean
}

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback

/** `?provider=…&load=…&token=…&consent=false`, with the emulators' demo tokens by default. */
export function settingsFromUrl(params: URLSearchParams): ChatSettings {
  const provider = pick(params.get('provider'), providers, 'raychat')
  return {
    provider,
    token: params.get('token') ?? demoTokens[provider],
    load: pick(params.get('load'), strategies, 'manual'),
    consent: params.get('consent') !== 'false',
  }
}
