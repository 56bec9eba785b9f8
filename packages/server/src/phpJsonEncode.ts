// Bytes as PHP's json_encode($value) writes them with the default flags, for hashes that a PHP
// server (Chaport's documentation computes its integrity hash in PHP) must reproduce exactly.

/** json_decode makes an int of an integer within 64 bits, and a float of a bigger one. */
const INT64 = 2n ** 63n

/**
 * `json_encode($value)` with PHP's default flags, where `$value` is what `json_decode($json, true)`
 * makes of `JSON.stringify(value)` (how a PHP app holds JSON data). That means: `/` escaped as
 * `\/`; every non-ASCII UTF-16 unit as lowercase `\uXXXX`; objects as PHP arrays (key order kept,
 * `{}` and keys `"0"…"n-1"` in order become lists `[…]`); integers within 64 bits as the digits
 * `JSON.stringify` writes;
 * other numbers with PHP's own float format (`1.0e+25`, `1.0e-5`, `0.0001`). Throws a TypeError
 * for what PHP cannot encode (a lone surrogate, a non-finite number) or JSON cannot carry.
 */
export function phpJsonEncode(value: unknown): string {
  if (value === null) return 'null'
  if (value === true || value === false) return String(value)
  if (typeof value == 'string') return phpString(value)
  if (typeof value == 'number') return phpNumber(value)
  if (typeof value == 'object' && typeof (value as { toJSON?: unknown }).toJSON == 'function') {
    return phpJsonEncode((value as { toJSON(): unknown }).toJSON())
  }
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined || typeof item == 'function' ? 'null' : phpJsonEncode(item))).join(',')}]`
  if (typeof value == 'object') {
    const entries = Object.entries(value).filter(
      ([, item]) => item !== undefined && typeof item != 'function' && typeof item != 'symbol',
    )
    // A PHP array whose keys are 0…n-1 in order is a list, and encodes as one (so does an empty one).
    if (entries.every(([key], index) => key === String(index)))
      return `[${entries.map(([, item]) => phpJsonEncode(item)).join(',')}]`
    return `{${entries.map(([key, item]) => `${phpString(key)}:${phpJsonEncode(item)}`).join(',')}}`
  }
  throw new TypeError(`phpJsonEncode: PHP's json_encode has no form for a ${typeof value}.`)
}

function phpString(text: string): string {
  let out = '"'
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(index + 1)
      // A lone surrogate is no UTF-8 at all: PHP's json_encode fails on it.
      if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff))
        throw new TypeError(
          'phpJsonEncode: a string holds a lone surrogate, which PHP cannot encode.',
        )
      out += hex(unit) + hex(next)
      index++
    } else if (unit == 0x22) out += '\\"'
    else if (unit == 0x5c) out += '\\\\'
    else if (unit == 0x2f) out += '\\/'
    else if (unit == 0x08) out += '\\b'
    else if (unit == 0x0c) out += '\\f'
    else if (unit == 0x0a) out += '\\n'
    else if (unit == 0x0d) out += '\\r'
    else if (unit == 0x09) out += '\\t'
    else if (unit < 0x20 || unit >= 0x80) out += hex(unit)
    else out += text[index]
  }
  return out + '"'
}

const hex = (unit: number) => '\\u' + unit.toString(16).padStart(4, '0')

function phpNumber(number: number): string {
  if (!Number.isFinite(number))
    throw new TypeError(`phpJsonEncode: PHP's json_encode has no form for ${number}.`)
  // An integer travels as the digits JSON.stringify writes (the shortest that read back the same,
  // -0 as 0); PHP keeps them as an int where they fit in 64 bits.
  if (Number.isInteger(number) && Math.abs(number) < 1e21) {
    const digits = String(number)
    if (BigInt(digits) >= -INT64 && BigInt(digits) < INT64) return digits
  }
  // PHP writes the shortest digits that read back the same, as JavaScript does, but places the
  // point its own way: fixed for a decimal exponent from -4 to 16, else d.ddde±x.
  const [mantissa, exponent] = number.toExponential().split('e') as [string, string]
  const negative = mantissa.startsWith('-')
  const digits = mantissa.replace(/^-/, '').replace('.', '')
  const power = Number(exponent)
  const point = power + 1
  let text: string
  if (point < -3 || point > 17)
    text = `${digits[0]}.${digits.slice(1) || '0'}e${power < 0 ? '-' : '+'}${Math.abs(power)}`
  else if (point <= 0) text = `0.${'0'.repeat(-point)}${digits}`
  else
    text =
      digits.length > point
        ? `${digits.slice(0, point)}.${digits.slice(point)}`
        : digits.padEnd(point, '0')
  return (negative ? '-' : '') + text
}
