import type { LoadStrategy, ProviderName } from '@chatmount/angular'
import { demoTokens } from '@chatmount/testing'

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
