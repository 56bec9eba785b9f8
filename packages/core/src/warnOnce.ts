// Warnings already given in this page, in development: options are checked on every render and
// every change, and one word about the same thing is enough.
const given = new Set<string>()

/** `console.warn` the message, unless the very same one was given before. */
export function warnOnce(message: string): void {
  if (given.has(message)) return
  given.add(message)
  console.warn(message)
}
