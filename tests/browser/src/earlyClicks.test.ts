// A click on a server-rendered launcher before the app's JavaScript has run, under a strict CSP
// (nonces and 'strict-dynamic', no 'unsafe-inline'): core's early-clicks script, allowed by the
// page's nonce or by its published hash, keeps the click, and the chat opens once the app runs.
// Any CSP violation is a console error, which fails the test.
import { earlyClicksScriptHash } from '@chatmount/core/early'
import { clickBeforeHydration } from '@chatmount/e2e'
import { it } from 'vitest'
import { EARLY_NONCE, fixturePerFile } from './fixturePage'

const fixture = fixturePerFile({
  headers: {
    'content-security-policy': `script-src 'nonce-${EARLY_NONCE}' ${earlyClicksScriptHash} 'strict-dynamic'; object-src 'none'; base-uri 'none'`,
  },
})

it.each(['early-nonce', 'early-hash'])(
  '%s: the click before the app ran opens the chat once it has',
  async (page) => {
    await clickBeforeHydration(fixture.watch(await fixture.fixture.browser.newPage()), {
      url: `${fixture.fixture.server.url}/${page}.html?load=manual&emulated`,
      launcher: '#launcher',
      appScripts: /\/split\/.*\.js/,
    })
  },
)
