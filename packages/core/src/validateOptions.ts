import { warnOnce } from './warnOnce'
import type { LazyProvider } from './builtins'
import { ChatError } from './chatError'
import type { AnyProvider } from './defineProvider'
import type { ChatOptions, ResolvedOptions } from './options'
import type { SignedInVisitor } from './types'

const strategies = ['eager', 'idle', 'interaction', 'visible', 'manual']

/** What each option (or kind of field) must be, in words, for development messages only. */
const expected: Record<string, string> =
  process.env.NODE_ENV != 'production'
    ? {
        provider:
          'a defineProvider() result (or, with createChat from "@chatmount/core", a built-in name)',
        load: strategies.join(' | '),
        consent: 'a boolean',
        timeout: 'a positive number of ms',
        scriptUrl: 'an http(s) URL or a path',
        fallback: 'a function, or an http(s), mailto: or tel: URL or a path',
        nonce: 'a base64 string',
        referrerPolicy: 'a referrer policy, such as "no-referrer"',
        target: 'an element or a valid CSS selector (needed for load "visible")',
        object: 'an object',
        function: 'a function',
        string: 'a string',
        custom: 'a string, number, boolean or null',
      }
    : {}

/**
 * The `ChatError('config')` for an option. It names the option; in development it also says what
 * was expected and, briefly, what came (or what reading it threw).
 */
export function invalid(
  option: string,
  value: unknown,
  words?: string | false,
  cause?: unknown,
): ChatError {
  if (process.env.NODE_ENV == 'production')
    return new ChatError('config', `config: ${option}`, { cause })
  const got = cause
    ? `reading it threw ${cause}`
    : `got ${typeof value == 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value}`
  return new ChatError(
    'config',
    `Invalid option "${option}": ${cause ? got : `expected ${words}, ${got}`}.`,
    { cause },
  )
}

/** Throw for the option unless `ok`; `kind` names the words (default: the option's own). */
function check(ok: unknown, option: string, value: unknown, kind = option): void {
  if (!ok) throw invalid(option, value, expected[kind])
}

/** Absent, or of this `typeof`. */
const optional = (value: unknown, type: string, option: string) =>
  check(value === undefined || typeof value == type, option, value, type)

/**
 * A copy of `value` made of plain objects and arrays, each field read once, here: a getter or a
 * Proxy trap that throws is a config error naming the field now, not a vendor error later. Other
 * values (elements, functions, dates) are kept as they are; a `__proto__` key is never copied.
 */
export function plainCopy<T>(value: T, option: string, depth = 8): T {
  if (!value || typeof value != 'object' || !depth) return value
  let copy: any
  // The field being read, for the error when reading throws.
  let field = option
  try {
    const proto = Object.getPrototypeOf(value)
    if (Array.isArray(value)) copy = []
    else if (proto == Object.prototype || !proto) copy = {}
    else return value
    for (const key of Object.keys(value)) {
      field = option ? `${option}.${key}` : key
      if (key != '__proto__') copy[key] = plainCopy((value as any)[key], field, depth - 1)
    }
  } catch (cause) {
    throw cause instanceof ChatError ? cause : invalid(field || 'options', value, '', cause)
  }
  return copy
}

/** An element of its own window (not something that only looks like one). */
const isElement = (value: any) =>
  typeof Element == 'undefined'
    ? value?.nodeType == 1
    : value instanceof (value.ownerDocument?.defaultView?.Element ?? Element)

/** A selector the browser can parse; on the server any string, since nothing is looked up there. */
function isSelector(value: string) {
  try {
    if (typeof document != 'undefined') document.createDocumentFragment().querySelector(value)
    return true
  } catch {
    return false
  }
}

/** Check every option before anything touches the page; what comes back is read once, here. */
export function validateOptions<P extends AnyProvider>(input: ChatOptions<P>): ResolvedOptions<P> {
  // The options themselves one level deep (the provider is kept as it is), the app's data all the way.
  const options = plainCopy(input ?? ({} as ChatOptions<P>), '', 1)
  options.options = plainCopy(options.options, 'options')
  const visitor = (options.visitor = plainCopy(options.visitor, 'visitor'))
  const user = (options.user = plainCopy(options.user, 'user'))
  const {
    provider: p,
    token,
    load = 'idle',
    consent = true,
    timeout = 15000,
    scriptUrl,
    nonce,
    referrerPolicy,
    target,
  } = options
  // A definition, or a built-in provider by name that loads later (see builtins.ts).
  check(
    typeof (p?.install ?? (p as unknown as LazyProvider)?.load) == 'function' &&
      /^[a-z][\w-]*$/i.test(p.name),
    'provider',
    p,
  )
  // Refused whatever the vendor: unset ("undefined" and "null" are what an unset environment
  // variable becomes on its way to a prop), or anything that could leave a URL path, an attribute
  // or a script. Runs of letters, digits, `_` and `-`, joined by single `.`, `,` or `/`.
  const { pattern, expected: words, strict = true } = p.token
  const safe =
    typeof token == 'string' &&
    !/^(undefined|null)$/.test(token) &&
    /^(?=.{1,256}$)[\w-]+(?:[.,/][\w-]+)*$/.test(token)
  if (!safe || (strict && !pattern.test(token))) {
    throw invalid('token', token, process.env.NODE_ENV != 'production' && `${words} for ${p.name}`)
  }
  // A format the vendor does not document: an unusual token may still be a real customer's.
  if (process.env.NODE_ENV != 'production' && !pattern.test(token)) {
    warnOnce(
      `[chatmount] ${p.name}: the token ${JSON.stringify(token.slice(0, 40))} does not look like ${words}; if the widget does not start, check it.`,
    )
  }
  const fallback = options.fallback ?? p.hostedPage?.(token)
  check(strategies.includes(load), 'load', load)
  check(typeof consent == 'boolean', 'consent', consent)
  check(typeof timeout == 'number' && timeout > 0 && timeout < 1 / 0, 'timeout', timeout)
  // No scheme but http(s) (never javascript: or data:), nothing that could leave an attribute.
  check(
    scriptUrl === undefined ||
      (typeof scriptUrl == 'string' && /^(https?:\/\/|\.{0,2}\/)[^\s"'<>\\]*$/.test(scriptUrl)),
    'scriptUrl',
    scriptUrl,
  )
  // Followed from the visitor's click: never javascript: or data:, nothing that could leave an attribute.
  check(
    fallback === undefined ||
      typeof fallback == 'function' ||
      (typeof fallback == 'string' &&
        /^(https?:\/\/|mailto:|tel:|\.{0,2}\/)[^\s"'<>\\]*$/i.test(fallback)),
    'fallback',
    fallback,
  )
  check(nonce === undefined || /^[\w+/=-]+$/.test(nonce), 'nonce', nonce)
  check(
    referrerPolicy === undefined || /^[a-z-]+$/.test(referrerPolicy),
    'referrerPolicy',
    referrerPolicy,
  )
  check(
    target === undefined
      ? load != 'visible'
      : typeof target == 'string'
        ? isSelector(target)
        : isElement(target),
    'target',
    target,
  )
  optional(options.options, 'object', 'options')
  optional(options.scriptLoader, 'function', 'scriptLoader')
  if (visitor !== undefined) validateVisitor(visitor)
  if (user !== undefined) validateVisitor(user, 'user')
  return { ...options, load, consent, timeout, fallback }
}

/** A visitor for `identify` (`name` `'visitor'`) or `signIn` (`'user'`): copied, then checked. */
export function visitorCopy(visitor: unknown, name: string): SignedInVisitor {
  const copy = plainCopy(visitor, name) as SignedInVisitor
  validateVisitor(copy, name)
  return copy
}

/** New provider settings for `updateOptions`: copied, then checked. */
export function settingsCopy(settings: unknown): object {
  const copy = plainCopy(settings, 'options')
  check(copy && typeof copy == 'object', 'options', copy, 'object')
  return copy as object
}

/** Visitor fields are strings; `custom` holds strings, numbers, booleans or null. */
function validateVisitor(visitor: unknown, name = 'visitor'): void {
  check(visitor && typeof visitor == 'object', name, visitor, 'object')
  for (const [key, value] of Object.entries(visitor as object)) {
    const option = `${name}.${key}`
    if (key != 'custom') optional(value, 'string', option)
    else {
      check(value && typeof value == 'object', option, value, 'object')
      for (const [field, entry] of Object.entries(value)) {
        check(
          entry === null || 'string number boolean'.includes(typeof entry),
          `${option}.${field}`,
          entry,
          'custom',
        )
      }
    }
  }
}
