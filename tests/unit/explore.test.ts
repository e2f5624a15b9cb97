import { RELEASE } from '../../src/data/release.ts'
import { dayTime, formatLongDate } from '../../src/data/dates.ts'
import MiniSearch from 'minisearch'
import { describe, expect, it } from 'vitest'
import { comparedText, previousCell, yearRows } from '../../src/compare/compareYears.ts'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import { encodeIndex } from '../../src/data/encodeIndex.ts'
import type { Event } from '../../src/data/schema.ts'
import { citation } from '../../src/detail/citation.ts'
import { csvField, neutralise, toCsv } from '../../src/export/csv.ts'
import { toJson, toTimelineJs } from '../../src/export/exportFiles.ts'
import { INDEX_OPTIONS, QUERY_OPTIONS, searchDoc } from '../../src/search/searchOptions.ts'
import { columnOrder, sortRows } from '../../src/table/sortRows.ts'
import { density, densityPath } from '../../src/timeline/overview/density.ts'
import { countByYear, phraseMatches } from '../../src/trend/phraseMatches.ts'
import { highlightParts } from '../../src/ui/highlight.ts'
import { termPattern } from '../../src/ui/termPattern.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// The fixed 20-event fixture corpus, with its full records.
const corpus = readCorpus('tests/fixtures/valid')
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people))
const records = new Map(corpus.events.map((e) => [e.id, e]))
const byId = (id: string) => index.byId.get(id)!

describe('search (MiniSearch over titles, summaries, quotes and bodies)', () => {
  const ms = new MiniSearch(INDEX_OPTIONS)
  ms.addAll(corpus.events.map((e, i) => searchDoc(e, i)))
  const found = (q: string) => ms.search(q, QUERY_OPTIONS).map((r) => index.events[r.id as number].id)

  it('finds a word in any field, and a prefix as it is typed', () => {
    expect(found('Vladivostok')).toContain('2019-04-25-summit')
    expect(found('solidar')).toEqual(expect.arrayContaining(['2024-10-07-putin-birthday']))
  })

  it('forgives a one-letter typo', () => {
    expect(found('Vladivostk')).toContain('2019-04-25-summit')
    expect(found('comradeshop')).toContain('2024-08-15-liberation-day')
  })

  it('needs every word of the query', () => {
    expect(found('sacred struggle')).toEqual(['2023-05-09-victory-day'])
    expect(found('sacred zebra')).toEqual([])
  })
})

describe('highlightParts(text, termPattern(terms))', () => {
  it('marks whole words starting with a term, any case, and joins back to the text', () => {
    const parts = highlightParts('Friendship and friends; a FRIEND-ly end', termPattern(['friend']))
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Friendship', 'friends', 'FRIEND'])
    expect(parts.map((p) => p.text).join('')).toBe('Friendship and friends; a FRIEND-ly end')
  })

  it('treats terms as text, not as patterns, and marks nothing without terms', () => {
    expect(
      highlightParts('a+b (c) ab', termPattern(['a+b', '(c']))
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['a+b', '(c'])
    expect(highlightParts('anything', termPattern([]))).toEqual([{ text: 'anything', mark: false }])
  })
})

describe('sortRows(shown, corpus, column, direction)', () => {
  const shown = index.events.filter((e) => e.lane !== 'joint')

  it('sorts by any column, ties by time, and reverses for descending', () => {
    const byOccasion = sortRows(shown, index, 'occasion', 'ascending').map((e) => e.occasion)
    const labels = byOccasion.map((id) => index.occasions.find((o) => o.id === id)!.label)
    expect(labels).toEqual([...labels].sort())
    const titles = sortRows(shown, index, 'title', 'descending').map((e) => e.title.toLowerCase())
    expect(titles).toEqual([...titles].sort().reverse())
    expect(sortRows(shown, index, 'date', 'descending')[0].date).toBe('2025-10-07')
  })

  it('keeps exactly the shown events, whatever the column', () => {
    for (const key of ['direction', 'kind', 'confidence', 'source', 'title'] as const) {
      const rows = sortRows(shown, index, key, 'ascending')
      expect(rows.map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort())
    }
  })

  it('computes a column order once per corpus and reuses it', () => {
    expect(columnOrder(index, 'kind')).toBe(columnOrder(index, 'kind'))
  })
})

describe('export', () => {
  const events = index.events.slice(0, 3)

  it('neutralises cells a spreadsheet would run as a formula (CSV injection)', () => {
    for (const bad of ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])
      expect(neutralise(bad)).toBe(`'${bad}`)
    expect(neutralise('Kim')).toBe('Kim')
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"')
  })

  it('writes CSV per RFC 4180: a BOM, a header, CRLF rows, quoted fields where needed', () => {
    const hostile: Event = {
      ...records.get(events[0].id)!,
      title: '=HYPERLINK("http://x","y")',
      summary: 'a, "b"\nc',
    }
    const csv = toCsv(events, new Map([...records, [hostile.id, hostile]]), index)
    expect(csv.startsWith('\uFEFFrecord,id,date,date_certainty,')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(csv).toContain(',"\'=HYPERLINK(""http://x"",""y"")",')
    expect(csv).toContain(',"a, ""b""\nc",')
    expect(csv).not.toMatch(/,=HYPERLINK/)
  })

  it('writes JSON records in our schema and TimelineJS events with escaped text', () => {
    expect(JSON.parse(toJson(events, records)).map((e: Event) => e.id)).toEqual(events.map((e) => e.id))
    const hostile: Event = { ...records.get(events[0].id)!, title: '<img src=x onerror=alert(1)>' }
    const tl = JSON.parse(toTimelineJs(events, new Map([...records, [hostile.id, hostile]])))
    expect(tl.events).toHaveLength(3)
    expect(tl.events[0].text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(tl.events[0].start_date).toEqual({ year: 2019, month: 4, day: 25 })
    expect(tl.events[0].group).toBe('Meetings and joint acts')
  })

  it('names the missing record instead of writing a partial file', () => {
    expect(() => toJson(events, new Map())).toThrow(`The full record of ${events[0].id} is missing`)
  })
})

describe('year-by-year comparison', () => {
  const liberation = index.events.filter((e) => e.occasion === 'liberation-day')
  const occasion = corpus.occasions.find((o) => o.id === 'liberation-day')
  const rows = yearRows(liberation, records, 2020, 2024, occasion, {
    from: '2019-01-01',
    through: '2025-12-31',
  })

  it('has a row for every year, each direction apart, gaps left empty', () => {
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024])
    expect(rows[0].cells.size).toBe(0)
    expect([...rows[1].cells.keys()].sort()).toEqual(['to-moscow', 'to-pyongyang'])
    expect(rows[3].cells.has('to-pyongyang')).toBe(false)
  })

  it('compares with the latest earlier year that has a message in the same direction', () => {
    expect(previousCell(rows, 4, 'to-pyongyang')?.year).toBe(2022)
    expect(previousCell(rows, 1, 'to-moscow')).toBeUndefined()
  })

  it('compares the body where there is one, else the quotes and the summary', () => {
    const withBody = records.get('2024-10-07-putin-birthday')!
    expect(comparedText(withBody)).toBe(withBody.body!.join('\n\n'))
    const noBody = records.get('2024-08-15-liberation-day')!
    expect(comparedText(noBody)).toBe(`${noBody.quotes[0].text}\n${noBody.summary}`)
  })
})

describe('phrase trend', () => {
  it('finds events whose text holds the phrase, any case and spacing, and counts them per year', () => {
    const found = phraseMatches(index.events, records, 'Comprehensive   STRATEGIC')
    const ids = index.events.filter((e) => found.has(e.index)).map((e) => e.id)
    expect(ids).toEqual(expect.arrayContaining(['2024-08-15-liberation-day']))
    expect(
      countByYear(
        index.events.filter((e) => found.has(e.index)),
        2023,
        2025,
      ).map((c) => c.year),
    ).toEqual([2023, 2024, 2025])
    expect(phraseMatches(index.events, records, '   ').size).toBe(0)
  })
})

describe('overview density', () => {
  it('counts events per slice of the range and draws one bar per non-empty slice', () => {
    const counts = density([0, 1, 5, 9, 10], [0, 10], 2)
    expect([...counts]).toEqual([2, 3])
    expect([...density([-1, 11], [0, 10], 2)]).toEqual([0, 0])
    expect(densityPath(counts, 100, 40).match(/M/g)).toHaveLength(2)
    expect(densityPath(new Uint32Array(3), 100, 40)).toBe('')
  })
})

describe('citation(event, url, accessed)', () => {
  it('names the publisher, date, our title, the address and the day accessed, then the sources', () => {
    const e = records.get('2024-10-07-putin-birthday')!
    expect(
      citation(e, 'https://example.org/event/2024-10-07-putin-birthday/', new Date(Date.UTC(2026, 10, 27))),
    ).toBe(
      `Pyongyang–Moscow Timeline (version ${RELEASE.version}, released ${formatLongDate(dayTime(RELEASE.date))}), 7 October 2024: “${e.title}”. https://example.org/event/2024-10-07-putin-birthday/ (accessed 27 November 2026). Sources: ${e.sources.map((s) => `${s.publisher}, ${s.url}`).join('; ')}.`,
    )
  })
})

describe('the index carries what the table shows', () => {
  it('confidence and the first source publisher of each event', () => {
    const e = byId('2024-10-07-putin-birthday')
    expect([e.confidence, e.publisher]).toEqual([
      records.get(e.id)!.confidence,
      records.get(e.id)!.sources[0].publisher,
    ])
  })
})
