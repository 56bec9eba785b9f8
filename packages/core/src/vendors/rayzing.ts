// Rayzing, as data: seed 003 and VENDORS.md, "Rayzing".
import type { VendorDocs, VendorFacts } from './index'

export const vendor: VendorFacts = {
  name: 'rayzing',
  // Documented, so required (seed, "Chatbot Script Structure").
  token: {
    pattern: /^[\w-]{1,64},[\w-]{1,64}$/,
    expected: process.env.NODE_ENV != 'production' ? '"BOT_ID,CUSTOMER_ID"' : '',
  },
  capabilities: ['button'],
  // Seed: "Chatbot Page URL Structure: https://page.rayzing.ai/BotId/CustomerId". The token's
  // pattern leaves nothing to encode.
  hostedPage: (token) => `https://page.rayzing.ai/${token.replace(',', '/')}`,
}

export const docs: VendorDocs = {
  script: { hosts: ['cdn.rayzing.ai'], path: /^\/rayzing\.js$/ },
  title: 'Rayzing',
  source: 'seed 003',
  demoToken: '63d9ffa77a8d152facbe2f2f,63d9ffa77a8d152facbe2f30',
  token: '`BOT_ID,CUSTOMER_ID`',
  queue: 'ours',
}
