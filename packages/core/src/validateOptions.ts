import { ChatError } from './chatError'
import type { AnyProvider } from './defineProvider'
import type { ChatOptions, ResolvedOptions } from './options'

const strategies = ['eager', 'idle', 'interaction', 'visible', 'manual']

/** Throw a `ChatError('config')` naming the option, what was expected and (briefly) what came. */
function check(ok: unknown, option: string, expected: string, value: unknown): void {
  if (!ok) {
    const got = typeof value == 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value
    throw new ChatError('config', `Invalid option "${option}": expected ${expected}, got ${got}.`)
  }
}

/** Absent, or of this `typeof`. */
const optional = (value: unknown, type: string, option: string, expected: string) =>
  check(value === undefined || typeof value == type, option, expected, value)

/** Check every option before anything touches the page. */
export function validateOptions<P extends AnyProvider>(options: ChatOptions<P>): ResolvedOptions<P> {
  const { provider: p, token, load = 'idle', consent = true, timeout = 15000, scriptUrl, nonce, visitor, target } =
    options ?? ({} as ChatOptions<P>)
  check(
    typeof p?.install == 'function' && /^[a-z][\w-]*$/i.test(p.name),
    'provider',
    'a defineProvider() result (or, with createChat from "@chatmount/core", a built-in name)',
    p,
  )
  // "undefined" and "null" are what an unset environment variable becomes on its way to a prop.
  check(
    typeof token == 'string' && !/^(undefined|null)$/.test(token) && p.token.pattern.test(token),
    'token',
    `${p.token.expected} for ${p.name}`,
    token,
  )
  check(strategies.includes(load), 'load', strategies.join(' | '), load)
  check(typeof consent == 'boolean', 'consent', 'a boolean', consent)
  check(typeof timeout == 'number' && timeout > 0 && timeout < 1 / 0, 'timeout', 'a positive number of ms', timeout)
  // No scheme but http(s) (never javascript: or data:), nothing that could leave an attribute.
  check(
    scriptUrl === undefined || (typeof scriptUrl == 'string' && /^(https?:\/\/|\.{0,2}\/)[^\s"'<>\\]*$/.test(scriptUrl)),
    'scriptUrl',
    'an http(s) URL or a path',
    scriptUrl,
  )
  check(nonce === undefined || /^[\w+/=-]+$/.test(nonce), 'nonce', 'a base64 string', nonce)
  check(
    target === undefined ? load != 'visible' : typeof target == 'string' || (target as Element).nodeType == 1,
    'target',
    'an element or a selector (needed for load "visible")',
    target,
  )
  optional(options.options, 'object', 'options', 'an object')
  optional(options.scriptLoader, 'function', 'scriptLoader', 'a function')
  if (visitor !== undefined) validateVisitor(visitor)
  return { ...options, load, consent, timeout }
}

/** Visitor fields are strings; `custom` holds strings, numbers, booleans or null. */
export function validateVisitor(visitor: unknown): void {
  check(visitor && typeof visitor == 'object', 'visitor', 'an object', visitor)
  for (const [key, value] of Object.entries(visitor as object)) {
    const option = 'visitor.' + key
    if (key != 'custom') optional(value, 'string', option, 'a string')
    else {
      check(value && typeof value == 'object', option, 'an object', value)
      for (const [field, entry] of Object.entries(value)) {
        check(entry === null || 'string number boolean'.includes(typeof entry), `${option}.${field}`, 'a string, number, boolean or null', entry)
      }
    }
  }
}
