// Raychat, as data: seed 000 (client_api) and VENDORS.md, "Raychat".
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'raychat',
  token: {
    pattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    expected: process.env.NODE_ENV != 'production' ? 'a widget token (a UUID)' : '',
    // No seed shows a widget token's format: an unusual one is a warning, not an error.
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
    'signIn',
    'reset',
    'unread',
    'events.open',
    'events.close',
    'events.message',
    'events.unread',
    'button',
  ],
}

export const docs: VendorDocs = {
  script: { hosts: ['widget-react.raychat.io'], path: /^\/install\/widget\.js$/ },
  title: 'Raychat',
  source: 'seed 000 (client_api)',
  demoToken: '8f2a6c1e-4b7d-4e0a-9c3b-2d5f7a9e1b04',
  token: 'widget token (UUID)',
  notes: {
    identify: '`setUser`',
    signIn: '`loadUser`',
    reset: '(after a reload, as Raychat documents)',
    unread: "inferred¹ (read from the widget's badge in the page; no API)",
  },
  queue: 'ours',
}
