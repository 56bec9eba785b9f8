// The README's "What each provider supports" table, made from the vendors' descriptions
// (packages/core/src/vendors/). `node scripts/provider-table.mjs` writes it; `--check` fails when
// the README says something else (the test command runs that). Run after core's build.
import { readFile, writeFile } from 'node:fs/promises'
import { format } from 'prettier'
import { vendors } from '../packages/core/dist/vendors.js'

const readme = new URL('../README.md', import.meta.url)
const START = '<!-- provider-table: made by scripts/provider-table.mjs from the vendors -->'
const END = '<!-- /provider-table -->'

const yes = (note) => (note ? `✓ ${note}` : '✓')

/** One row: a label and, for each vendor, what it says. */
const rows = [
  ['token', ({ docs }) => docs.token],
  [
    'open / close',
    ({ vendor, docs }) => vendor.capabilities.includes('open') && yes(docs.notes?.open),
  ],
  [
    'toggle',
    // Core toggles from the open state a vendor reports, where it has no toggle of its own.
    ({ vendor: { capabilities: can }, docs }) =>
      (can.includes('toggle') || ['open', 'close', 'events.open'].every((c) => can.includes(c))) &&
      yes(docs.notes?.toggle),
  ],
  [
    'show / hide',
    ({ vendor, docs }) => vendor.capabilities.includes('show') && yes(docs.notes?.show),
  ],
  ...['identify', 'signIn', 'reset', 'pageView'].map((capability) => [
    capability,
    ({ vendor, docs }) => vendor.capabilities.includes(capability) && yes(docs.notes?.[capability]),
  ]),
  [
    'unread count',
    ({ vendor, docs }) => vendor.capabilities.includes('unread') && yes(docs.notes?.unread),
  ],
  [
    'events',
    ({ vendor }) =>
      vendor.capabilities
        .filter((capability) => capability.startsWith('events.'))
        .map((capability) => capability.slice('events.'.length))
        .join(', '),
  ],
  ['vendor queue', ({ docs }) => docs.queue],
]

const all = Object.values(vendors)
const line = (cells) => `| ${cells.join(' | ')} |`
const table = [
  line(['', ...all.map(({ docs }) => docs.title)]),
  line(['---', ...all.map(() => '---')]),
  ...rows.map(([label, cell]) => line([label, ...all.map((vendor) => cell(vendor) || '–')])),
].join('\n')

const text = await readFile(readme, 'utf8')
const start = text.indexOf(START)
const end = text.indexOf(END)
if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`)
const made = await format(
  `${text.slice(0, start + START.length)}\n\n${table}\n\n${text.slice(end)}`,
  {
    parser: 'markdown',
    ...JSON.parse(await readFile(new URL('../.prettierrc.json', import.meta.url), 'utf8')),
  },
)
if (process.argv.includes('--check')) {
  if (made !== text) {
    console.error(
      'README.md: the provider table is not what the vendors say. Run: node scripts/provider-table.mjs',
    )
    process.exit(1)
  }
} else await writeFile(readme, made)
