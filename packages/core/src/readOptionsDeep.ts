/**
 * Read every field of the options' plain objects and arrays (a visitor, the provider's settings),
 * to `depth` levels. For an adapter whose framework tracks what an effect reads (Svelte's runes,
 * Solid's signals and stores): reading it all in the effect that passes the options on makes a
 * change deep inside them a change of the options. Elements, functions and class instances are
 * not entered.
 */
export function readOptionsDeep(value: unknown, depth = 4): void {
  if (!value || typeof value != 'object' || !depth) return
  const proto = Object.getPrototypeOf(value)
  if (proto != Object.prototype && proto != Array.prototype && proto) return
  for (const key of Object.keys(value))
    readOptionsDeep((value as Record<string, unknown>)[key], depth - 1)
}
