/** A required string argument, or a TypeError that names it (before anything reaches the network). */
export function nonEmpty(name: string, value: unknown): string {
  if (typeof value != 'string' || value === '')
    throw new TypeError(`${name} must be a non-empty string.`)
  return value
}
