import { ChatError } from './chatError'
import type { AnyProvider } from './defineProvider'
import type { ChatOptions, ResolvedOptions } from './options'
import type { LoadStrategy } from './types'

const strategies: readonly LoadStrategy[] = ['eager', 'idle', 'interaction', 'visible', 'manual']
const nonceShape = /^[A-Za-z0-9+/=_-]+$/
const visitorFields = ['name', 'email', 'phone', 'notes', 'avatar'] as const

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
  return value === null ? 'null' : typeof value
}

function invalid(option: string, expected: string, value: unknown): ChatError {
  return new ChatError('config', `Invalid option "${option}": expected ${expected}, got ${describe(value)}.`)
}

/** Check every option before anything touches the page; throw a `ChatError('config')` naming the first bad one. */
export function validateOptions<P extends AnyProvider>(options: ChatOptions<P>): ResolvedOptions<P> {
  if (!options || typeof options !== 'object') throw invalid('options', 'an object', options)
  const { provider, token, load = 'idle', consent = true, timeout = 15000 } = options

  if (!provider || typeof provider !== 'object' || typeof provider.install !== 'function') {
    throw invalid('provider', 'a built-in provider name or a defineProvider() result', provider)
  }
  // "undefined" and "null" are what an unset environment variable turns into on its way to a prop.
  if (typeof token !== 'string' || /^(undefined|null)$/.test(token) || !provider.token.pattern.test(token)) {
    throw invalid('token', `${provider.token.expected} for ${provider.name}`, token)
  }
  if (!strategies.includes(load)) throw invalid('load', `one of ${strategies.join(', ')}`, load)
  if (typeof consent !== 'boolean') throw invalid('consent', 'a boolean', consent)
  if (typeof timeout !== 'number' || !(timeout > 0) || !Number.isFinite(timeout)) {
    throw invalid('timeout', 'a positive number of milliseconds', timeout)
  }
  if (options.scriptUrl !== undefined && !isHttpUrl(options.scriptUrl)) {
    throw invalid('scriptUrl', 'an http(s) URL or a path', options.scriptUrl)
  }
  if (options.nonce !== undefined && (typeof options.nonce !== 'string' || !nonceShape.test(options.nonce))) {
    throw invalid('nonce', 'a base64 string', options.nonce)
  }
  if (options.visitor !== undefined) validateVisitor(options.visitor)
  const { target } = options
  if (target !== undefined && typeof target !== 'string' && !(typeof target === 'object' && target && 'nodeType' in target)) {
    throw invalid('target', 'an element or a selector', target)
  }
  if (load === 'visible' && target === undefined) {
    throw invalid('target', "an element or a selector when load is 'visible'", target)
  }
  if (options.options !== undefined && (typeof options.options !== 'object' || options.options === null)) {
    throw invalid('options', `an object of ${provider.name} settings`, options.options)
  }
  return { ...options, load, consent, timeout }
}

export function validateVisitor(visitor: unknown): void {
  if (!visitor || typeof visitor !== 'object') throw invalid('visitor', 'an object', visitor)
  const record = visitor as Record<string, unknown>
  for (const field of visitorFields) {
    if (record[field] !== undefined && typeof record[field] !== 'string') {
      throw invalid(`visitor.${field}`, 'a string', record[field])
    }
  }
  const { custom } = record
  if (custom === undefined) return
  if (!custom || typeof custom !== 'object') throw invalid('visitor.custom', 'an object', custom)
  for (const [key, value] of Object.entries(custom)) {
    if (value !== null && !['string', 'number', 'boolean'].includes(typeof value)) {
      throw invalid(`visitor.custom.${key}`, 'a string, number, boolean or null', value)
    }
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return false
  try {
    // A base makes paths like "/emulators/raychat.js" valid; the scheme check rejects javascript: and data:.
    return /^https?:$/.test(new URL(value, 'https://base.invalid/').protocol)
  } catch {
    return false
  }
}
