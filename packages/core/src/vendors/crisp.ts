// Crisp, as data, from its public documentation: the `$crisp` SDK
// (https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/) and its install code.
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'crisp',
  token: {
    // Its documents show website ids as UUIDs; older websites have other ids (`-K90vfAnyk27kD-pZAep`
    // in live snippets): an unusual one is a warning, not an error.
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    expected: process.env.NODE_ENV != 'production' ? 'a website id (a UUID)' : '',
    strict: false,
  },
  capabilities: [
    'open',
    'close',
    'toggle',
    'show',
    'hide',
    'identify',
    'identify.avatar',
    'identify.custom',
    'signIn',
    'reset',
    'events.open',
    'events.close',
    'events.message',
    'button',
  ],
}

export const docs: VendorDocs = {
  script: { hosts: ['client.crisp.chat'], path: /^\/l\.js$/ },
  title: 'Crisp',
  source: 'https://docs.crisp.chat/guides/chatbox-sdks/web-sdk/dollar-crisp/',
  demoToken: '7598bf86-9ebb-46bc-8d61-be8929bbf93d',
  token: 'website id (UUID)',
  notes: {
    identify: '`user:*` and `session:data`',
    signIn: '`CRISP_TOKEN_ID`, email signature',
    reset: '`session:reset`',
  },
  queue: '`$crisp`',
}
