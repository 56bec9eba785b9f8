import { builtins } from './builtins'
import { invalid } from './validateOptions'

/**
 * The address of a Rayzing bot's hosted landing page, for a link or an `<iframe>` to a full-page
 * chat (seed: "Chatbot Page URL Structure: https://page.rayzing.ai/BotId/CustomerId"). The token is
 * the same `"BOT_ID,CUSTOMER_ID"` the widget takes, checked the same way: a bad one throws a
 * `ChatError('config')` naming `token`.
 */
export function rayzingPageUrl(token: string): string {
  const { pattern, expected } = builtins.rayzing!.token
  if (typeof token != 'string' || !pattern.test(token)) throw invalid('token', token, expected)
  return builtins.rayzing!.hostedPage!(token)
}
