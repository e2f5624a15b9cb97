import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../../src/data/problems.ts'
import { EventSchema } from '../../src/data/schema.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

describe('readCorpus(data)', () => {
  const corpus = readCorpus('data')

  it('finds no problem in the committed corpus', () => {
    expect(corpus.problems.map(formatProblem)).toEqual([])
  })

  it('holds one event per file in data/events, sorted by date', () => {
    const files = readdirSync('data/events').filter((n) => n.endsWith('.json'))
    expect(corpus.events).toHaveLength(files.length)
    const dates = corpus.events.map((e) => e.date)
    expect(dates).toEqual([...dates].sort())
    expect(corpus.events.map((e) => `${e.id}.json`).sort()).toEqual(files.sort())
  })

  it('keeps every body free of page furniture and says what kind of text it is', () => {
    for (const e of corpus.events.filter((x) => x.body)) {
      expect(e.bodyKind, e.id).toMatch(/^(message|report)$/)
      expect(e.body?.join('\n'), e.id).not.toMatch(
        /No time to read|Get a summary|Previous Article|Next Article/,
      )
    }
  })

  it('marks verified only events with two linked sources from different publishers', () => {
    for (const e of corpus.events.filter((x) => x.confidence === 'verified')) {
      const linked = e.sources.filter((s) => s.url)
      expect(new Set(linked.map((s) => s.publisher)).size, e.id).toBeGreaterThanOrEqual(2)
    }
  })

  it('ties each half of a two-way exchange (one day, one occasion, both senders) to the other', () => {
    const halves = (from: string) => corpus.events.filter((e) => e.from.length === 1 && e.from[0] === from)
    const pairs = halves('kim-jong-un').flatMap((a) =>
      halves('vladimir-putin')
        .filter((b) => a.date === b.date && a.occasion === b.occasion)
        .map((b) => [a, b] as const),
    )
    expect(pairs.length).toBeGreaterThan(0)
    // One direction is enough: the index links related events both ways.
    const unlinked = pairs.filter(([a, b]) => !a.related.includes(b.id) && !b.related.includes(a.id))
    expect(unlinked.map(([a, b]) => `${a.id} / ${b.id}`)).toEqual([])
  })

  it('keeps every quote at 25 words or fewer and every link http(s)', () => {
    for (const e of corpus.events) {
      for (const q of e.quotes) expect(q.text.split(/\s+/).length).toBeLessThanOrEqual(25)
      const urls = [...e.sources.map((s) => s.url), ...e.quotes.map((q) => q.url)].filter(Boolean)
      for (const url of urls) expect(url).toMatch(/^https?:\/\//)
    }
  })
})

describe('readCorpus(broken fixtures)', () => {
  const lines = readCorpus('tests/fixtures/broken').problems.map(formatProblem)
  const f = (name: string) => `tests/fixtures/broken/events/${name}.json`

  it('reports one readable line per problem: file, field path, expected, found', () => {
    expect(lines).toEqual([
      'tests/fixtures/broken/coverage.json: (file): missing: create it with {"checkedFrom": "YYYY-MM-DD", "checkedThrough": "YYYY-MM-DD", "note": "..."}, the first and last days for which the sources were searched for every message',
      `${f('2024-02-30-victory-day')}: date: expected a real calendar date YYYY-MM-DD, found "2024-02-30"`,
      `${f('2024-05-09-hostile')}: kind: expected one of "message" | "telegram" | "letter" | "greeting-card" | "condolence" | "phone-call" | "visit" | "summit" | "ratification" | "treaty", found "tweet"`,
      `${f('2024-05-09-hostile')}: quotes[0].url: expected an http(s) URL, found "javascript:alert(1)"`,
      `${f('2024-05-09-hostile')}: sources: expected at least one source, found []`,
      `${f('2024-05-09-hostile')}: (file): unknown field "colour": remove it or fix its spelling`,
      `${f('2024-05-09-hostile')}: dateNote: expected a note saying why the date is not exact, found nothing`,
      `${f('2024-05-09-hostile')}: sources: expected at least 2 sources with links for a verified event, or "confidence": "single-source", found []`,
      `${f('2024-05-09-hostile')}: occasion: expected an occasion id from data/occasions.json, found "no-such-occasion"`,
      `${f('2024-05-09-hostile')}: to[0]: expected a person id from data/people.json, found "nobody"`,
      `${f('2024-05-09-hostile')}: related[0]: expected the id of an event in data/events, found "2099-01-01-nothing"`,
      `${f('2024-06-01-misnamed')}: id: expected the file to be named "2024-06-02-other.json" after its id`,
      `${f('2024-06-01-misnamed')}: id: expected the id to start with its date "2024-06-03-", found "2024-06-02-other"`,
      `${f('2024-07-01-truncated')}: (file): expected valid JSON, found a syntax error (Unexpected end of JSON input)`,
    ])
  })
})

describe('EventSchema', () => {
  const valid = readCorpus('tests/fixtures/valid').events[0]

  it('accepts a committed event', () => {
    expect(EventSchema.safeParse(valid).success).toBe(true)
  })

  it.each([
    ['a data: link', { sources: [{ publisher: 'x', url: 'data:text/html,<script>alert(1)</script>' }] }],
    ['a javascript: link', { sources: [{ publisher: 'x', url: 'javascript:alert(1)' }] }],
    [
      'a quote of 26 words',
      { quotes: [{ text: 'word '.repeat(26).trim(), source: 'x', url: 'https://a.b/' }] },
    ],
    ['an empty title', { title: '   ' }],
    ['a body without its source', { body: ['text'] }],
  ])('rejects %s', (_name, patch) => {
    expect(EventSchema.safeParse({ ...valid, ...patch }).success).toBe(false)
  })
})
