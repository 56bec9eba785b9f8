// Chats against the emulated vendors (@chatmount/testing), one test at a time: created through
// `chat()`, destroyed after the test, their error codes collected.
import { emulateVendors, type VendorEmulation } from '@chatmount/testing'
import { afterEach, beforeEach, vi } from 'vitest'
import type { ProviderName } from '../builtinProviders'
import type { ChatClient } from '../client'
import { createChat } from '../createChat'

const tokens: Record<ProviderName, string> = {
  raychat: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  chatra: 'z2o3F8GDkNpKD4BYt',
  chaport: '5820a1375ddf087b2e54921d',
  onwebchat: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d',
  rayzing: 'bot42,customer7',
  crisp: '7598bf86-9ebb-46bc-8d61-be8929bbf93d',
  tawk: '5e2672718e78b86ed8aa4862/default',
}

export function emulatedChats() {
  let emulation: VendorEmulation
  const chats: ChatClient<any>[] = []
  const errors: string[] = []
  beforeEach(() => {
    emulation = emulateVendors()
    errors.length = 0
  })
  afterEach(() => {
    chats.splice(0).forEach((chat) => chat.destroy())
    emulation.restore()
    vi.restoreAllMocks()
  })
  return {
    errors,
    get emulation() {
      return emulation
    },
    /** A chat for the provider (`load: 'manual'`), with these provider options and createChat options. */
    chat(provider: ProviderName, options: object = {}, extra: object = {}): ChatClient<any> {
      const client = createChat({
        provider,
        token: tokens[provider],
        load: 'manual',
        options,
        ...extra,
      } as never)
      client.on('error', (error) => errors.push(error.code))
      chats.push(client)
      return client
    },
  }
}
