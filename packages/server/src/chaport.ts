import { nonEmpty } from './arguments'
import { sha1 } from './digest'
import { phpJsonEncode } from './phpJsonEncode'

/** The visitor fields Chaport takes (seed: `setVisitorData`, `chaportConfig.visitor`). */
export interface ChaportVisitorData {
  name?: string
  email?: string
  phone?: string
  notes?: string
  custom?: Record<string, unknown>
  [field: string]: unknown
}

/**
 * Chaport's `visitorIntegrityHash`: `sha1($salt . json_encode($visitorData))`, exactly as the
 * seed's PHP computes it ("Generate hash on your server ... $hash = sha1($yourSalt .
 * json_encode($visitorData));"), so PHP's bytes: see `phpJsonEncode`. Pass the same fields the page
 * sends (`chat.signIn({ ...fields, hash })`), in the same order. The salt is the personal one
 * Chaport sends by email; it never leaves the server.
 */
export async function chaportVisitorHash(
  salt: string,
  visitorData: ChaportVisitorData,
): Promise<string> {
  nonEmpty('salt', salt)
  return sha1(salt + phpJsonEncode(visitorData))
}

/**
 * The token of Chaport's logged-in-users flow: `sha1($personalSalt . $visitorId)` (seed,
 * "Logged-in users": `token: '<? echo sha1($personalSalt . $loggedInUser['chaportVisitorId']) ?>'`),
 * for the visitorId the page reported (`chat.get('visitorId')`) and the server stored with the user.
 */
export async function chaportUserToken(salt: string, visitorId: string): Promise<string> {
  nonEmpty('salt', salt)
  nonEmpty('visitorId', visitorId)
  return sha1(salt + visitorId)
}
