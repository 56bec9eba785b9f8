import { ChatError, type CreateChatOptions, type ProviderName } from '@chatmount/core'

/**
 * The `createChat` options of a `<script data-provider="…">` tag: its `data-*` attributes, the
 * options' names in kebab case, and its `nonce` for everything chatmount adds to the page. Values
 * are passed on as text but for `data-consent` ("false" withholds it), `data-timeout` (ms) and
 * `data-options` (the provider's settings, as JSON); `createChat` checks them all. Other `data-*`
 * attributes are left alone (a CDN or a tag manager may add its own).
 */
export function tagOptions(script: HTMLScriptElement): CreateChatOptions<ProviderName> {
  const { provider, token, load, consent, timeout, scriptUrl, referrerPolicy, target, fallback } =
    script.dataset
  const options: Record<string, unknown> = {
    provider,
    token,
    load,
    scriptUrl,
    referrerPolicy,
    target,
    fallback,
  }
  // `data-consent` alone or "true" gives it; anything else but "false" is refused by createChat.
  if (consent !== undefined)
    options.consent = consent == 'false' ? false : /^(true)?$/.test(consent) || consent
  if (timeout !== undefined) options.timeout = Number(timeout)
  if (script.dataset.options !== undefined) {
    try {
      options.options = JSON.parse(script.dataset.options)
    } catch (cause) {
      throw new ChatError('config', 'Invalid option "options": data-options is not JSON.', {
        cause,
      })
    }
  }
  // The browser hides a nonce attribute from the page once it has read it; the property keeps it.
  if (script.nonce) options.nonce = script.nonce
  for (const key of Object.keys(options)) if (options[key] === undefined) delete options[key]
  return options as unknown as CreateChatOptions<ProviderName>
}
