// Chaport, as data: seed 004 and VENDORS.md, "Chaport".
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'chaport',
  token: {
    pattern: /^[A-Za-z0-9]{8,64}$/,
    expected: process.env.NODE_ENV != 'production' ? 'an appId (letters and digits)' : '',
    // The seed shows the appId only as '<yourAppId>': an unusual one is a warning, not an error.
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
    'pageView',
    'unread',
    'events.open',
    'events.close',
    'events.unread',
    'button',
  ],
}

export const docs: VendorDocs = {
  script: { hosts: ['app.chaport.ru', 'app.chaport.com'], path: /^\/javascripts\/insert\.js$/ },
  title: 'Chaport',
  source: 'seed 004',
  demoToken: '5820a1375ddf087b2e54921d',
  token: 'appId',
  notes: {
    show: '(launcher)',
    identify: '`setVisitorData`',
    signIn: 'session credentials',
    unread: 'inferred¹ (whether, not how many: `widget.stateChange`; 1 means at least one)',
  },
  queue: '`chaport.q`',
}
