import { nonEmpty } from './arguments'
import { hmacSha256 } from './digest'

/**
 * A Chatra `clientId` for one of your users: stable (the same user gets the same conversation on
 * every device) and secret (nobody can make another user's from their id). The seed: it "must be
 * unique and secret ... It's best to use randomly generated string. Do not use publicly known data
 * such as user's ID, name, email". This is an HMAC-SHA-256 of your user id with a secret only your
 * server knows, so it needs no storage; keep the secret for good, since a new one starts new chats.
 */
export async function chatraClientId(secret: string, userId: string): Promise<string> {
  if (typeof secret != 'string' || secret.length < 16)
    throw new TypeError('secret must be a string of at least 16 characters.')
  return hmacSha256(secret, nonEmpty('userId', userId))
}
