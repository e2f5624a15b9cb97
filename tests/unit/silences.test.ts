import { describe, expect, it } from 'vitest'
import { comparedText, yearRows } from '../../src/compare/compareYears.ts'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import { encodeIndex } from '../../src/data/encodeIndex.ts'
import type { Event } from '../../src/data/schema.ts'
import { findSilences, isChecked, occasionYear, type Checked } from '../../src/data/silences.ts'
import { toCsv } from '../../src/export/csv.ts'
import { filterSilences } from '../../src/filters/filterState.ts'
import { defaultView } from '../../src/app/urlState.ts'
import { silenceLabel } from '../../src/ui/labels.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// The fixed 20-event fixture corpus, checked (tests/fixtures/valid/coverage.json) from
// 2019-01-01 to 2025-12-31.
const corpus = readCorpus('tests/fixtures/valid')
const checked: Checked = { from: corpus.coverage.checkedFrom, through: corpus.coverage.checkedThrough }
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people, corpus.eras, checked))
const silences = findSilences(index.events, index.occasions, index.checked)
const keys = (occasion: string, lane: string) =>
  silences.filter((s) => s.occasion === occasion && s.lane === lane).map((s) => s.year)

describe('occasionYear(recurring, time)', () => {
  it('gives the year of the nearest occurrence: late December greets the next New Year', () => {
    expect(occasionYear('01-01', Date.UTC(2024, 11, 17))).toBe(2025)
    expect(occasionYear('01-01', Date.UTC(2025, 0, 18))).toBe(2025)
    expect(occasionYear('08-15', Date.UTC(2024, 7, 13))).toBe(2024)
    expect(occasionYear('10-07', Date.UTC(2024, 9, 7))).toBe(2024)
  })
})

describe('isChecked(time, checked)', () => {
  it('holds from the first checked day through the last, both whole days', () => {
    expect(isChecked(Date.UTC(2019, 0, 1), checked)).toBe(true)
    expect(isChecked(Date.UTC(2025, 11, 31, 23), checked)).toBe(true)
    expect(isChecked(Date.UTC(2026, 0, 1), checked)).toBe(false)
    expect(isChecked(Date.UTC(2018, 11, 31), checked)).toBe(false)
  })
})

describe('findSilences(events, occasions, checked)', () => {
  it('marks each checked year without a message, in a direction with messages in two checked years or more', () => {
    // Kim's birthday greetings to Putin: 2022, 2024, 2025.
    expect(keys('putin-birthday', 'to-moscow')).toEqual([2019, 2020, 2021, 2023])
    // Liberation Day: Kim 2021-2024, Putin 2021, 2022 and 2024 (13 August 2024 counts for 2024).
    expect(keys('liberation-day', 'to-moscow')).toEqual([2019, 2020, 2025])
    expect(keys('liberation-day', 'to-pyongyang')).toEqual([2019, 2020, 2023, 2025])
    expect(keys('victory-day', 'to-moscow')).toEqual([2019, 2021, 2022, 2025])
  })

  it('marks nothing for a direction with one year of messages, or none, or an occasion with no day', () => {
    // New Year: one year each way (both greet 2025).
    expect(silences.some((s) => s.occasion === 'new-year')).toBe(false)
    expect(keys('putin-birthday', 'to-pyongyang')).toEqual([])
    expect(silences.some((s) => s.occasion === 'summit' || s.occasion === 'treaty')).toBe(false)
  })

  it('marks no year past the checked stretch', () => {
    const through = (day: string) =>
      findSilences(index.events, index.occasions, { from: '2019-01-01', through: day }).filter(
        (s) => s.occasion === 'putin-birthday',
      )
    // Checked through 7 October 2024: greetings in 2022 and 2024, so 2019-2021 and 2023 are silences.
    expect(through('2024-10-07').map((s) => s.year)).toEqual([2019, 2020, 2021, 2023])
    // A day earlier, only 2022 is a checked year with a greeting: too few to call a gap a silence.
    expect(through('2024-10-06')).toEqual([])
  })

  it('sits at the occasion day, named in words', () => {
    const s = silences.find((x) => x.key === 'silence-putin-birthday-to-moscow-2023')!
    expect(new Date(s.time).toISOString().slice(0, 10)).toBe('2023-10-07')
    expect(silenceLabel(s, index.occasions, index.people)).toBe(
      "No message from Kim found for Putin's birthday 2023",
    )
  })
})

describe('filterSilences(silences, filters, textFilter)', () => {
  const all = defaultView({ occasionIds: index.occasions.map((o) => o.id), kinds: index.kinds })
  it('keeps those of shown occasions and directions within the dates, and none during a search', () => {
    expect(filterSilences(silences, all, false)).toHaveLength(silences.length)
    expect(filterSilences(silences, all, true)).toEqual([])
    const f = {
      ...all,
      occasions: new Set(['victory-day']),
      lanes: new Set(['to-moscow' as const]),
      from: '2020',
    }
    expect(filterSilences(silences, f, false).map((s) => s.year)).toEqual([2021, 2022, 2025])
  })
})

describe('the comparison says what was checked', () => {
  const occasion = index.occasions.find((o) => o.id === 'putin-birthday')
  const records = new Map(corpus.events.map((e) => [e.id, e]))
  const own = index.events.filter((e) => e.occasion === 'putin-birthday')

  it('marks each year checked or not, by the occasion day', () => {
    const rows = yearRows(own, records, 2024, 2026, occasion, { from: '2019-01-01', through: '2025-10-31' })
    expect(rows.map((r) => [r.year, r.checked])).toEqual([
      [2024, true],
      [2025, true],
      [2026, false],
    ])
  })

  it('compares one language of the messages own words, or says a message has none in it', () => {
    const e: Event = {
      ...records.get('2024-10-07-putin-birthday')!,
      texts: [
        {
          lang: 'en',
          status: 'news-translation',
          extent: 'excerpt',
          publishedBy: 'TASS',
          paragraphs: ['Short'],
          source: { publisher: 'TASS', url: 'https://tass.com/x' },
        },
        {
          lang: 'en',
          status: 'official-translation',
          extent: 'full',
          publishedBy: 'KCNA',
          paragraphs: ['My closest Comrade', 'To my closest comrade'],
          source: { publisher: 'KCNA Watch', url: 'https://kcnawatch.org/x' },
        },
      ],
    }
    expect(comparedText(e, 'en')).toBe('My closest Comrade\n\nTo my closest comrade')
    expect(comparedText(e, 'ko')).toBeUndefined()
    const rows = yearRows(own, new Map([...records, [e.id, e]]), 2024, 2024, occasion, checked, 'ko')
    expect(rows[0].cells.get('to-moscow')).toMatchObject({ text: '', missing: 1 })
  })
})

describe('toCsv with silences', () => {
  it('lists each shown silence as an absence row among the events, in date order', () => {
    const events = index.events.filter((e) => e.occasion === 'putin-birthday')
    const shown = silences.filter((s) => s.occasion === 'putin-birthday')
    const csv = toCsv(events, new Map(corpus.events.map((e) => [e.id, e])), index, shown)
    const rows = csv.slice(1).trim().split('\r\n').slice(1)
    expect(rows.map((r) => r.split(',')[0])).toEqual([
      'absence',
      'absence',
      'absence',
      'event',
      'absence',
      'event',
      'event',
    ])
    expect(rows[0]).toContain('silence-putin-birthday-to-moscow-2019,2019-10-07,')
    expect(rows[0]).toContain("No message from Kim found for Putin's birthday 2019")
  })
})
