// Chaport's integrity hash must be byte-identical to PHP's: compared with the real `php` (Debian's
// php-cli; `.ci/run` installs it) over hand-picked and generated visitor objects.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { chaportUserToken, chaportVisitorHash } from './chaport'
import { phpJsonEncode } from './phpJsonEncode'

const php = (() => {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    console.warn(
      'php is not installed (apt-get install -y php-cli): the comparison with PHP is skipped here. CI installs it.',
    )
    return false
  }
})()

/** For each JSON text: PHP's json_encode(json_decode($json, true)) and sha1($salt . that). */
function phpEncode(values: unknown[], salt: string): Array<{ json: string; hash: string }> {
  const script = `
    $salt = $argv[1];
    foreach (json_decode(stream_get_contents(STDIN), true) as $json) {
      $encoded = json_encode(json_decode($json, true));
      echo json_encode(['json' => base64_encode($encoded), 'hash' => sha1($salt . $encoded)]), "\\n";
    }`
  const output = execFileSync('php', ['-r', script, salt], {
    input: JSON.stringify(values.map((value) => JSON.stringify(value))),
  })
  return output
    .toString()
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { json: string; hash: string })
    .map(({ json, hash }) => ({ json: Buffer.from(json, 'base64').toString('utf8'), hash }))
}

const handPicked: unknown[] = [
  { name: 'Ada Lovelace', email: 'ada@example.com' },
  { name: 'José Ñúñez 😀', notes: 'https://example.com/a/b?c=1&d=<2>', phone: '+44 20 "7946"' },
  { name: 'tab\tnew\nline\r\u0001\u001f\u007f back\\slash' },
  {
    custom: {
      plan: 'pro',
      seats: 12,
      ratio: 0.1,
      big: 1e25,
      small: 1e-7,
      tiny: 0.0001,
      tinier: 0.00001,
      neg: -2.5,
      zero: 0,
    },
  },
  {
    custom: {
      nested: { deep: [1, 'two', { three: 3.5 }], empty: {}, list: [] },
      flags: [true, false, null],
    },
  },
  {
    custom: { '0': 'zero', '1': 'one' },
    other: { '1': 'a', '0': 'b' },
    keys: { '10': 'x', b: 1, a: 2 },
  },
  {
    custom: {
      n: 1e15,
      m: 1e16,
      o: 1e17,
      p: 2 ** 60,
      q: 2 ** 63,
      r: -(2 ** 63),
      s: Number('123456789012345678'),
      t: Number('12345678901234567'),
    },
  },
  { name: '中文 العربية עברית 🇮🇷 \u2028\u2029' },
  {},
]

/** A deterministic generator of visitor-like objects (xorshift), so a failure is reproducible. */
function generated(count: number): unknown[] {
  let seed = 0x2545f491
  const next = () => (
    (seed ^= seed << 13),
    (seed ^= seed >>> 17),
    (seed ^= seed << 5),
    (seed >>> 0) / 2 ** 32
  )
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!
  const alphabet = [
    'a',
    'Z',
    '9',
    ' ',
    '/',
    '\\',
    '"',
    "'",
    '<',
    '&',
    '\n',
    '\u0007',
    'é',
    'ß',
    'ж',
    '中',
    '😀',
    '\u00a0',
    '\u200b',
    '-',
    '.',
  ]
  const text = () => Array.from({ length: Math.floor(next() * 12) }, () => pick(alphabet)).join('')
  const number = () =>
    pick([
      () => Math.floor(next() * 1e6),
      () => -Math.floor(next() * 1e12),
      () => Number((next() * 1000).toFixed(Math.floor(next() * 6))),
      () => next() * 10 ** Math.floor(next() * 40 - 20),
      () => -next() * 10 ** Math.floor(next() * 30),
      () => 2 ** Math.floor(next() * 70),
    ])()
  const value = (depth: number): unknown =>
    pick([
      text,
      number,
      () => next() > 0.5,
      () => null,
      () =>
        depth > 2 ? text() : Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1)),
      () =>
        depth > 2
          ? number()
          : Object.fromEntries(
              Array.from({ length: Math.floor(next() * 4) }, (_, index) => [
                next() > 0.8 ? String(index) : text() || 'k',
                value(depth + 1),
              ]),
            ),
    ])()
  return Array.from({ length: count }, () => ({
    name: text(),
    email: `${text()}@example.com`,
    ...(next() > 0.5 ? { phone: text() } : {}),
    custom: value(1),
  }))
}

describe.skipIf(!php)('phpJsonEncode and chaportVisitorHash, against PHP', () => {
  const salt = 'my-personal-salt/é'
  it.each([
    ['hand-picked objects', handPicked],
    ['2000 generated visitor objects', generated(2000)],
  ])('%s: the same bytes and the same hash as PHP', async (_, values) => {
    const expected = phpEncode(values, salt)
    for (const [index, value] of values.entries()) {
      expect(phpJsonEncode(value), JSON.stringify(value)).toBe(expected[index]!.json)
      expect(await chaportVisitorHash(salt, value as never)).toBe(expected[index]!.hash)
    }
  })

  it('chaportUserToken is sha1(salt . visitorId), as PHP computes it', async () => {
    const visitorId = '5a9e8c7b6d5e4f3a2b1c0d9e'
    const expected = execFileSync('php', [
      '-r',
      'echo sha1($argv[1] . $argv[2]);',
      salt,
      visitorId,
    ]).toString()
    expect(await chaportUserToken(salt, visitorId)).toBe(expected)
  })
})

describe('phpJsonEncode without PHP', () => {
  it('refuses what PHP cannot encode, with a clear error', () => {
    expect(() => phpJsonEncode({ name: 'broken \ud800 surrogate' })).toThrow(/lone surrogate/)
    expect(() => phpJsonEncode({ n: Number.NaN })).toThrow(/NaN/)
    expect(() => phpJsonEncode(10n)).toThrow(/bigint/)
  })

  it('a salt and a visitorId are required', async () => {
    await expect(chaportVisitorHash('', { name: 'Ada' })).rejects.toThrow(/salt/)
    await expect(chaportUserToken('salt', '')).rejects.toThrow(/visitorId/)
  })
})
