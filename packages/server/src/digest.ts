// Web Crypto, which Node 20, edge runtimes (Next.js route handlers, Cloudflare), Bun and Deno all
// have as `globalThis.crypto`: no node: import, so the same code runs everywhere on a server.
const { subtle } = globalThis.crypto

const bytes = (text: string) => new TextEncoder().encode(text)
const toHex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
const toBase64Url = (data: Uint8Array) =>
  btoa(String.fromCharCode(...data))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

/** The SHA-1 of the text's UTF-8 bytes, as lowercase hex (PHP's `sha1()`). */
export const sha1 = async (text: string) => toHex(await subtle.digest('SHA-1', bytes(text)))

/** HMAC-SHA-256 of `message` with `secret`, base64url without padding. */
export async function hmacSha256(secret: string, message: string): Promise<string> {
  return toBase64Url(await hmacSha256Bytes(bytes(secret), message))
}

/** HMAC-SHA-256 of `message` with a raw key. */
export async function hmacSha256Bytes(secret: Uint8Array, message: string): Promise<Uint8Array> {
  const key = await subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ])
  return new Uint8Array(await subtle.sign('HMAC', key, bytes(message)))
}
