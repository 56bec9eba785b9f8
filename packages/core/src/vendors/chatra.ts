// Chatra, as data: seed 001 and VENDORS.md, "Chatra".
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'chatra',
  token: {
    pattern: /^[A-Za-z0-9]{8,40}$/,
    expected: process.env.NODE_ENV != 'production' ? 'a ChatraID (letters and digits)' : '',
    // No seed shows a ChatraID's format: an unusual one is a warning, not an error.
    strict: false,
  },
  capabilities: [
    'open',
    'close',
    'show',
    'hide',
    'identify',
    'identify.custom',
    'signIn',
    'reset',
    'pageView',
    'updateOptions',
    'events.message',
    'button',
  ],
}

export const docs: VendorDocs = {
  script: { hosts: ['call.chatra.io'], path: /^\/chatra\.js$/ },
  title: 'Chatra',
  source: 'seed 001',
  demoToken: 'DemoChatraId2024x',
  token: 'ChatraID',
  notes: {
    identify: 'integration data',
    signIn: '`clientId`',
    reset: 'inferred¹ (`setIntegrationData({})` and `restart`)',
  },
  queue: 'ours (`Chatra.q` is replayed at every restart)',
}
