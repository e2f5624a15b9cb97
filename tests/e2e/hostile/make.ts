// Writes a corpus of hostile text (markup, script links, RTL and zero-width characters, a
// 1 MB paragraph) that is still valid data, for the browser tests to render.
// Usage: tsx tests/e2e/hostile/make.ts OUT_DIR
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] ?? 'node_modules/.tmp/hostile-data'
rmSync(out, { recursive: true, force: true })
mkdirSync(join(out, 'events'), { recursive: true })
cpSync('data/occasions.json', join(out, 'occasions.json'))
cpSync('data/people.json', join(out, 'people.json'))
cpSync('data/coverage.json', join(out, 'coverage.json'))

const pwn = (where: string) => `window.__pwned('${where}')`
export const HOSTILE = {
  title: `<script>${pwn('title')}</script><img src=x onerror="${pwn('title-img')}"> Hostile title`,
  summary: `<img src=x onerror="${pwn('summary')}"> and <b onmouseover="${pwn('b')}">bold</b>`,
  quote: `<svg onload="${pwn('quote')}"></svg> javascript:${pwn('quote-text')}`,
  body: [
    `<script>${pwn('body')}</script>`,
    `<a href="javascript:${pwn('a')}">click me</a> <iframe src="javascript:${pwn('iframe')}"></iframe>`,
    `javascript:${pwn('text-link')} and data:text/html,<script>${pwn('data')}</script>`,
    `Right-to-left override: \u202Eevil.exe\u202C and zero\u200Bwidth\u200Djoin.`,
  ],
}

const base = {
  $schema: '../schema/event.schema.json',
  dateCertainty: 'exact',
  kind: 'message',
  occasion: 'new-year',
  from: ['kim-jong-un'],
  to: ['vladimir-putin'],
  confidence: 'single-source',
  bodyKind: 'message',
  bodySource: { publisher: 'Test fixture', url: 'https://example.org/fixture' },
  sources: [{ publisher: 'Test fixture', url: 'https://example.org/source' }],
  related: [],
}

const word = (i: number) => ['Pyongyang', 'Moscow', 'telegram', 'friendship', 'treaty', 'greetings'][i % 6]
const huge = Array.from({ length: 120_000 }, (_, i) => word(i))
  .join(' ')
  .slice(0, 1_048_576)

const events = [
  {
    ...base,
    id: '2024-01-01-hostile-markup',
    date: '2024-01-01',
    title: HOSTILE.title,
    summary: HOSTILE.summary,
    quotes: [
      { text: HOSTILE.quote, source: `<i onclick="${pwn('cite')}">cite</i>`, url: 'https://example.org/q' },
    ],
    body: HOSTILE.body,
  },
  {
    ...base,
    id: '2024-02-01-huge-paragraph',
    date: '2024-02-01',
    title: 'A one-megabyte paragraph',
    summary: 'One paragraph of a little over a million characters.',
    quotes: [],
    body: [huge, 'After the huge paragraph.'],
  },
  {
    ...base,
    id: '2024-02-15-formula',
    date: '2024-02-15',
    title: '=HYPERLINK("http://x","y")',
    summary: '+1 and -1 and @SUM(A1), as a spreadsheet would read them.',
    quotes: [],
    body: undefined,
    bodyKind: undefined,
    bodySource: undefined,
  },
  {
    ...base,
    id: '2024-03-01-plain',
    date: '2024-03-01',
    occasion: 'russia-day',
    title: 'A plain event',
    summary: 'Nothing unusual here.',
    quotes: [],
    body: undefined,
    bodyKind: undefined,
    bodySource: undefined,
  },
]
for (const e of events) writeFileSync(join(out, 'events', `${e.id}.json`), JSON.stringify(e))
console.log(`Wrote ${events.length} hostile events to ${out}`)
