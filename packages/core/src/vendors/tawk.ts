// Tawk.to, as data, from its public documentation: the JavaScript API
// (https://developer.tawk.to/jsapi/) and its install code.
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'tawk',
  token: {
    // The embed address is /<property id>/<widget id>; neither format is documented (property ids
    // are 24 hex digits in every install, widget ids `default` or a short id): a warning, not an error.
    pattern: /^[0-9a-f]{24}\/[A-Za-z0-9]{1,32}$/i,
    expected:
      process.env.NODE_ENV != 'production' ? '"PROPERTY_ID/WIDGET_ID" (its embed path)' : '',
    strict: false,
  },
  capabilities: [
    'open',
    'close',
    'toggle',
    'show',
    'hide',
    'identify',
    'identify.custom',
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
  script: { hosts: ['embed.tawk.to'], path: /^\/[^/]+\/[^/]+$/ },
  title: 'Tawk.to',
  source: 'https://developer.tawk.to/jsapi/',
  demoToken: '5e2672718e78b86ed8aa4862/default',
  token: '`PROPERTY_ID/WIDGET_ID`',
  notes: {
    identify: '`setAttributes`',
    signIn: '`login` (user id and hash)',
    reset: '`logout`',
  },
  queue: 'ours',
}
