// onWebChat, as data: seed 002 and VENDORS.md, "onWebChat".
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'onwebchat',
  token: {
    pattern: /^[A-Za-z0-9]{6,64}(?:\/[A-Za-z0-9]{1,64}){0,3}$/,
    expected:
      process.env.NODE_ENV != 'production'
        ? 'a chat id (letters and digits, optionally followed by /segments)'
        : '',
    // The seed shows no chat id: an unusual one is a warning, not an error.
    strict: false,
  },
  capabilities: [
    'open',
    'close',
    'show',
    'hide',
    'identify',
    'updateOptions',
    'events.open',
    'events.close',
    'button',
  ],
}

export const docs: VendorDocs = {
  // Its path goes on with the chat id (some installs add segments after it).
  script: { hosts: ['www.onwebchat.com', 'onwebchat.com'], path: /^\/clientchat\/[^/]+/ },
  title: 'onWebChat',
  source: 'seed 002',
  demoToken: '1d8a3f0c9b7e2a4d6c5b8e0f1a2b3c4d',
  token: 'chat id',
  notes: {
    toggle: 'inferred¹ (from the state it reports)',
    identify: 'name, email, phone, notes',
  },
  queue: '`onWebChat.ar`',
}
