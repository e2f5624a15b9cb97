import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/data/problems.ts'
import { EventSchema } from '../../src/data/schema.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// The JSON Schema an editor sees (data/schema/event.schema.json, as committed) must refuse
// every single-file problem `npm run validate` refuses. Both run here on the same events.

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
addFormats.default(ajv)
const exported = JSON.parse(readFileSync('data/schema/event.schema.json', 'utf8')) as object
const editorAccepts = ajv.compile(exported)

const tmp = mkdtempSync(join(tmpdir(), 'schema-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

type Draft = Record<string, unknown>
const VALID_FILE = 'tests/fixtures/valid/events/2021-08-15-liberation-day-from-putin.json'
const valid = (): Draft => JSON.parse(readFileSync(VALID_FILE, 'utf8')) as Draft

/** What `npm run validate` says of this one event, written into a copy of the valid fixture corpus. */
function validateSays(event: Draft, name: string): string[] {
  const dir = join(tmp, name)
  cpSync('tests/fixtures/valid', dir, { recursive: true })
  writeFileSync(join(dir, 'events', '2021-08-15-liberation-day-from-putin.json'), JSON.stringify(event))
  return readCorpus(dir, dir).problems.map(formatProblem)
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ')
/** A published version of the message's words, valid as it stands: the sender's (Putin's) Russian. */
const version = (patch: Draft = {}): Draft => ({
  lang: 'ru',
  status: 'original',
  extent: 'excerpt',
  publishedBy: 'the Kremlin',
  paragraphs: ['Уважаемый товарищ Ким Чен Ын!'],
  source: { publisher: 'Kremlin', url: 'http://kremlin.ru/events/president/letters/1' },
  ...patch,
})
const twoSources = [
  { publisher: 'TASS', url: 'https://tass.com/world/1326003' },
  { publisher: 'KBS', url: 'https://world.kbs.co.kr/x' },
]

/** [name, change, the field validate names]: single-file problems, each refused by both. */
const BOTH_REFUSE: [string, (e: Draft) => void, string][] = [
  [
    'a javascript: source URL',
    (e) => (e.sources = [{ publisher: 'x', url: 'javascript:alert(1)' }]),
    'sources[0].url',
  ],
  [
    'a data: quote URL',
    (e) => (e.quotes = [{ text: 'hi', source: 'x', url: 'data:text/html,<b>' }]),
    'quotes[0].url',
  ],
  ['an ftp: URL', (e) => (e.sources = [{ publisher: 'x', url: 'ftp://example.org/' }]), 'sources[0].url'],
  ['the date 2024-02-30', (e) => (e.date = '2024-02-30'), 'date'],
  ['the date 2023-02-29 (not a leap year)', (e) => (e.date = '2023-02-29'), 'date'],
  ['a reported date without its note', (e) => (e.dateCertainty = 'reported'), 'dateNote'],
  ['an inferred date without its note', (e) => (e.dateCertainty = 'inferred'), 'dateNote'],
  [
    'a body without its source',
    (e) => Object.assign(e, { body: ['text'], bodyKind: 'report' }),
    'bodySource',
  ],
  [
    'a body without its kind',
    (e) => Object.assign(e, { body: ['text'], bodySource: { title: 'T' } }),
    'bodyKind',
  ],
  [
    'a 40-word quote',
    (e) => (e.quotes = [{ text: words(40), source: 'x', url: 'https://a.b/' }]),
    'quotes[0].text',
  ],
  [
    'a 26-word quote',
    (e) => (e.quotes = [{ text: words(26), source: 'x', url: 'https://a.b/' }]),
    'quotes[0].text',
  ],
  [
    'a paraphrase shown as a quote',
    (e) => (e.quotes = [{ text: 'hi', source: 'KCNA paraphrase', url: 'https://a.b/' }]),
    'quotes[0].paraphrase',
  ],
  ['a verified event with one source', (e) => (e.confidence = 'verified'), 'sources'],
  [
    'a verified event with one linked source of two',
    (e) => Object.assign(e, { confidence: 'verified', sources: [twoSources[0], { publisher: 'KBS' }] }),
    'sources',
  ],
  ['an empty title', (e) => (e.title = '   '), 'title'],
  ['"seed" in a date note', (e) => Object.assign(e, { dateNote: 'From the Seed article.' }), 'dateNote'],
  [
    'a file name in a source note',
    (e) => (e.sources = [{ publisher: 'x', note: 'see 000_5d.txt' }]),
    'sources[0].note',
  ],
  [
    '"Unnamed news site" as publisher',
    (e) => (e.sources = [{ publisher: 'Unnamed news site' }]),
    'sources[0].publisher',
  ],
  ['an unknown kind', (e) => (e.kind = 'tweet'), 'kind'],
  ['an unknown field', (e) => (e.colour = 'red'), '(file)'],
  ['no source', (e) => (e.sources = []), 'sources'],
  ['an id that is not <date>-<slug>', (e) => (e.id = 'Liberation Day'), 'id'],
  ['no sender', (e) => (e.from = []), 'from'],
  [
    "a news outlet's translation with a 26-word passage",
    (e) => (e.texts = [version({ lang: 'en', status: 'news-translation', paragraphs: ['ok', words(26)] })]),
    'texts[0].paragraphs',
  ],
  [
    "a news outlet's translation given whole",
    (e) => (e.texts = [version({ lang: 'en', status: 'news-translation', extent: 'full' })]),
    'texts[0].extent',
  ],
  [
    'a text without the page it was copied from',
    (e) => (e.texts = [version({ source: { publisher: 'Kremlin' } })]),
    'texts[0].source.url',
  ],
  ['a language written as a name', (e) => (e.texts = [version({ lang: 'Russian' })]), 'texts[0].lang'],
  [
    'a text that is none of the published kinds (our own translation)',
    (e) => (e.texts = [version({ status: 'our-translation' })]),
    'texts[0].status',
  ],
  [
    'a full text with words left out',
    (e) =>
      (e.texts = [version({ extent: 'full', paragraphs: ['Уважаемый товарищ!', '[…]', 'С уважением'] })]),
    'texts[0].paragraphs',
  ],
  ['a text with no words', (e) => (e.texts = [version({ paragraphs: [] })]), 'texts[0].paragraphs'],
  [
    'a body kind that is neither',
    (e) => Object.assign(e, { body: ['t'], bodySource: {}, bodyKind: 'essay' }),
    'bodyKind',
  ],
]

describe('the exported JSON Schema and npm run validate', () => {
  it('both accept every event in data/', () => {
    const corpus = readCorpus('data')
    expect(corpus.problems.map(formatProblem)).toEqual([])
    expect(corpus.events.length).toBeGreaterThan(0)
    for (const e of corpus.events) {
      const raw = JSON.parse(readFileSync(`data/events/${e.id}.json`, 'utf8')) as unknown
      expect(editorAccepts(raw), `${e.id}: ${ajv.errorsText(editorAccepts.errors)}`).toBe(true)
      expect(EventSchema.safeParse(raw).success).toBe(true)
    }
  })

  it('both accept the valid fixture this test changes', () => {
    expect(validateSays(valid(), 'unchanged')).toEqual([])
    expect(editorAccepts(valid())).toBe(true)
  })

  it.each(BOTH_REFUSE)('both refuse %s', (name, change, field) => {
    const event = valid()
    change(event)
    const problems = validateSays(event, name.replace(/\W+/g, '-'))
    expect(
      problems.some((p) => p.includes(`.json: ${field}: `)),
      problems.join('\n'),
    ).toBe(true)
    expect(editorAccepts(event)).toBe(false)
  })

  // What JSON Schema cannot state: validate alone refuses these (the README lists them).
  it.each<[string, (e: Draft) => void, string]>([
    [
      'a verified event whose two sources share a publisher',
      (e) =>
        Object.assign(e, {
          confidence: 'verified',
          sources: [twoSources[0], { publisher: 'TASS', url: 'https://tass.com/other' }],
        }),
      'sources: expected sources from two different publishers',
    ],
    [
      'a summary that copies a quote without quotation marks',
      (e) =>
        Object.assign(e, {
          summary: 'Putin hails an alliance of sharing blood, life and death.',
          quotes: [
            { text: 'the alliance of sharing blood, life and death', source: 'x', url: 'https://a.b/' },
          ],
        }),
      'summary: expected our own words',
    ],
    [
      'an id whose date is not the date field',
      (e) => (e.date = '2021-08-16'),
      'id: expected the id to start with its date',
    ],
    ['an unknown occasion', (e) => (e.occasion = 'kims-birthday'), 'occasion: expected an occasion id'],
    ['an unknown person', (e) => (e.to = ['xi-jinping']), 'to[0]: expected a person id'],
    [
      "an original not in its sender's language",
      (e) => (e.texts = [version({ lang: 'ko' })]),
      'texts[0].lang: expected "ru" for an original from vladimir-putin',
    ],
    [
      'a related id that does not exist',
      (e) => (e.related = ['2099-01-01-x']),
      'related[0]: expected the id',
    ],
  ])('validate alone refuses %s', (name, change, message) => {
    const event = valid()
    change(event)
    expect(validateSays(event, name.replace(/\W+/g, '-')).join('\n')).toContain(message)
    expect(editorAccepts(event)).toBe(true)
  })

  it('a text published by a government or state agency may be whole, however long', () => {
    const event = valid()
    event.texts = [
      version({ extent: 'full', paragraphs: [words(120), words(200)] }),
      version({ lang: 'ko', status: 'official-translation', publishedBy: 'KCNA', paragraphs: [words(90)] }),
      version({
        lang: 'en',
        status: 'news-translation',
        publishedBy: 'TASS',
        paragraphs: [words(25), words(3)],
      }),
    ]
    expect(validateSays(event, 'whole')).toEqual([])
    expect(editorAccepts(event)).toBe(true)
  })

  it('a summary may quote a source inside quotation marks', () => {
    const event = valid()
    Object.assign(event, {
      summary: 'Putin hails “an alliance of sharing blood, life and death”.',
      quotes: [{ text: 'the alliance of sharing blood, life and death', source: 'x', url: 'https://a.b/' }],
    })
    expect(validateSays(event, 'quoted')).toEqual([])
  })
})
