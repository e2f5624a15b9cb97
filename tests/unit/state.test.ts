import { describe, expect, it } from 'vitest'
import {
  defaultView,
  locationFor,
  parseLocation,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../src/app/urlState.ts'
import { decodeIndex } from '../../src/data/decodeIndex.ts'
import { encodeIndex } from '../../src/data/encodeIndex.ts'
import { compactSlug, expandSlug, INDEX_VERSION } from '../../src/data/indexFormat.ts'
import { boundTime, countBy, filterEvents, statusLine, toggle } from '../../src/filters/filterState.ts'
import { lastTwelveMonths, toInputValue } from '../../src/filters/dateRange.ts'
import { sameOccasion } from '../../src/detail/sameOccasion.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// A fixed corpus of 20 events (11 to Moscow, 4 to Pyongyang, 5 joint), so numbers stay put as data/ grows.
const corpus = readCorpus('tests/fixtures/valid')
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people))
const known = {
  occasionIds: corpus.occasions.map((o) => o.id),
  kinds: index.kinds,
  hasEvent: (id: string) => index.byId.has(id),
}
const all = defaultView(known)
const view = (change: Partial<ViewState>): ViewState => ({ ...all, ...change })
const dates = (v: ViewState, matches: ReadonlySet<number> | null = null) =>
  filterEvents(index.events, v, matches).map((e) => e.date)

describe('filterEvents(events, filters, matches)', () => {
  it('keeps only events of shown occasions, in time order', () => {
    expect(dates(view({ occasions: new Set(['victory-day']) }))).toEqual([
      '2020-05-09',
      '2023-05-09',
      '2024-05-09',
    ])
    expect(dates(view({ occasions: new Set() }))).toEqual([])
    // Nothing hidden: the same array, so nothing downstream recomputes.
    expect(filterEvents(index.events, all)).toBe(index.events)
  })

  it('combines direction, kind, dates and text matches with the occasions', () => {
    expect(dates(view({ lanes: new Set(['to-pyongyang']) }))).toEqual([
      '2021-08-15',
      '2022-08-15',
      '2024-08-13',
      '2024-12-17',
    ])
    expect(dates(view({ lanes: new Set(['to-pyongyang']), kinds: new Set(['telegram']) }))).toEqual([
      '2021-08-15',
      '2022-08-15',
    ])
    expect(dates(view({ from: '2024', to: '2024', occasions: new Set(['liberation-day']) }))).toEqual([
      '2024-08-13',
      '2024-08-15',
    ])
    expect(dates(view({ from: '2024-08-14', to: '2024-10-07' }))).toEqual(['2024-08-15', '2024-10-07'])
    const birthday = index.byId.get('2024-10-07-putin-birthday')!
    expect(dates(all, new Set([birthday.index]))).toEqual(['2024-10-07'])
    expect(dates(view({ occasions: new Set(['summit']) }), new Set([birthday.index]))).toEqual([])
  })

  it('reads a bare year as the whole year, and a day as the whole day (UTC)', () => {
    expect(boundTime('2024', false)).toBe(Date.UTC(2024, 0, 1))
    expect(boundTime('2024', true)).toBe(Date.UTC(2025, 0, 1) - 1)
    expect(boundTime('2024-05-09', true)).toBe(Date.UTC(2024, 4, 10) - 1)
  })

  it('countBy counts the whole corpus, by occasion, lane or kind', () => {
    const counts = countBy(index.events, 'occasion')
    expect(counts.get('liberation-day')).toBe(7)
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(20)
    expect(Object.fromEntries(countBy(index.events, 'lane'))).toEqual({
      'to-moscow': 11,
      'to-pyongyang': 4,
      joint: 5,
    })
  })

  it('toggle adds what is absent and removes what is present, leaving the original alone', () => {
    const s = new Set(['a'])
    expect([...toggle(s, 'b')]).toEqual(['a', 'b'])
    expect([...toggle(s, 'a')]).toEqual([])
    expect([...s]).toEqual(['a'])
  })

  it('statusLine reads "Showing N of M events"', () => {
    expect(statusLine(5, 47)).toBe('Showing 5 of 47 events')
    expect(statusLine(1, 1)).toBe('Showing 1 of 1 event')
  })
})

describe('date range presets', () => {
  it('lastTwelveMonths ends today and starts the day after the same date a year before', () => {
    expect(lastTwelveMonths(new Date(Date.UTC(2026, 10, 27, 15)))).toEqual(['2025-11-28', '2026-11-27'])
    expect(lastTwelveMonths(new Date(Date.UTC(2024, 1, 29)))).toEqual(['2023-03-02', '2024-02-29'])
  })

  it('toInputValue shows a year as its first or last day', () => {
    expect([
      toInputValue('2024', false),
      toInputValue('2024', true),
      toInputValue('2024-05-09', true),
    ]).toEqual(['2024-01-01', '2024-12-31', '2024-05-09'])
    expect(toInputValue(null, false)).toBe('')
  })
})

describe('parseViewState / serializeViewState', () => {
  it('reads every parameter from the query string', () => {
    const v = parseViewState(
      '?q=alliance%20of&occasion=victory-day,putin-birthday&lane=to-moscow,joint&kind=telegram,message&from=2022&to=2024-12-31&view=table&phrase=blood&event=2024-10-07-putin-birthday',
      known,
    )
    expect([...v.occasions].sort()).toEqual(['putin-birthday', 'victory-day'])
    expect([...v.lanes]).toEqual(['to-moscow', 'joint'])
    expect([...v.kinds]).toEqual(['telegram', 'message'])
    expect([v.from, v.to, v.q, v.phrase, v.view, v.eventId]).toEqual([
      '2022',
      '2024-12-31',
      'alliance of',
      'blood',
      'table',
      '2024-10-07-putin-birthday',
    ])
    expect(v.notices).toEqual([])
  })

  it('shows everything when the link has no parameters', () => {
    const v = parseViewState('', known)
    expect(v.occasions.size).toBe(known.occasionIds.length)
    expect([v.lanes.size, v.kinds.size, v.from, v.to, v.q, v.view, v.eventId]).toEqual([
      3,
      index.kinds.length,
      null,
      null,
      '',
      'timeline',
      null,
    ])
  })

  it('ignores unknown ids and malformed values with a notice that names them', () => {
    const v = parseViewState(
      '?occasion=victory-day,bogus&event=1999-01-01-nope&lane=sideways&kind=tweet,letter&from=2024-02-30&to=soon&view=map',
      known,
    )
    expect([...v.occasions]).toEqual(['victory-day'])
    expect([...v.lanes].length).toBe(3)
    expect([...v.kinds]).toEqual(['letter'])
    expect([v.eventId, v.from, v.to, v.view]).toEqual([null, null, null, 'timeline'])
    const said = v.notices.join(' ')
    for (const bad of [
      '"bogus"',
      '"1999-01-01-nope"',
      '"sideways"',
      '"tweet"',
      'from=2024-02-30',
      'to=soon',
      'view=map',
    ])
      expect(said).toContain(bad)
  })

  it('falls back to all occasions when every named occasion is unknown', () => {
    const v = parseViewState('?occasion=zzz', known)
    expect(v.occasions.size).toBe(known.occasionIds.length)
    expect(v.notices).toHaveLength(1)
  })

  it('survives broken percent-encoding and unknown keys', () => {
    const v = parseViewState('?occasion=%E0%A4%A&x=1&event=%', known)
    expect(v.occasions.size).toBe(known.occasionIds.length)
    expect(v.notices.length).toBeGreaterThanOrEqual(2)
  })

  it('takes lang= silently: the language is the page’s, not part of the view', () => {
    const v = parseViewState('?lang=ko&q=friendship', known)
    expect(v.q).toBe('friendship')
    expect(v.notices).toEqual([])
    expect(parseViewState('?langs=ko', known).notices).toHaveLength(1)
  })

  it('shortens a search longer than 200 characters, and says so', () => {
    const v = parseViewState(`?q=${'a'.repeat(300)}`, known)
    expect(v.q).toHaveLength(200)
    expect(v.notices.join(' ')).toContain('Shortened "q"')
  })

  it('writes only what differs from the default, in a fixed order', () => {
    expect(serializeViewState(all, known)).toBe('')
    expect(
      serializeViewState(
        view({
          eventId: '2024-10-07-putin-birthday',
          occasions: new Set(['putin-birthday', 'victory-day']),
          q: 'blood & life',
          view: 'compare',
          lanes: new Set(['joint']),
          to: '2025',
        }),
        known,
      ),
    ).toBe(
      '?q=blood%20%26%20life&occasion=victory-day,putin-birthday&lane=joint&to=2025&view=compare&event=2024-10-07-putin-birthday',
    )
    expect(serializeViewState(view({ occasions: new Set() }), known)).toBe('?occasion=')
  })

  it('round-trips: what it writes it reads back', () => {
    const state = view({
      occasions: new Set(['new-year', 'summit']),
      kinds: new Set(['letter']),
      from: '2024-01-01',
      phrase: 'same trench',
      view: 'table',
      eventId: '2019-04-25-summit',
    })
    const back = parseViewState(serializeViewState(state, known), known)
    expect(back.notices).toEqual([])
    expect(serializeViewState(back, known)).toBe(serializeViewState(state, known))
    expect([...back.occasions].sort()).toEqual(['new-year', 'summit'])
    expect([back.from, back.phrase, back.view, back.eventId]).toEqual([
      '2024-01-01',
      'same trench',
      'table',
      '2019-04-25-summit',
    ])
  })
})

describe('encodeIndex / decodeIndex', () => {
  it('restores every event without its text, and links related events both ways', () => {
    expect(index.events).toHaveLength(20)
    corpus.events.forEach((e, i) => {
      const d = index.events[i]
      expect([d.id, d.date, d.kind, d.occasion, d.title, d.dateCertainty]).toEqual([
        e.id,
        e.date,
        e.kind,
        e.occasion,
        e.title,
        e.dateCertainty,
      ])
      expect(d.from).toEqual(e.from)
      expect(d.hasBody).toBe(!!e.body)
      for (const r of e.related) {
        expect(d.related).toContain(r)
        expect(index.byId.get(r)?.related).toContain(e.id)
      }
    })
    expect(JSON.stringify(encodeIndex(corpus.events, corpus.occasions, corpus.people))).not.toContain(
      'North Korean leader',
    )
  })
})

describe('decodeIndex(wire of another version)', () => {
  it.each([0, 2, 4, undefined, '3'])('refuses version %j with a message that says to reload', (v) => {
    const wire = { ...encodeIndex(corpus.events, corpus.occasions, corpus.people), v }
    expect(() => decodeIndex(wire as never)).toThrow(
      `(version ${JSON.stringify(v ?? null)}) than this page reads (version ${INDEX_VERSION})`,
    )
    expect(() => decodeIndex(wire as never)).toThrow(/Reload the page to fetch matching files\.$/)
  })
})

describe('compactSlug / expandSlug', () => {
  it.each([
    ['putin-birthday', 'putin-birthday', ''],
    ['liberation-day-from-kim', 'liberation-day', '~-from-kim'],
    ['summit-extra', 'treaty', 'summit-extra'],
    ['liberation-dayx', 'liberation-day', 'liberation-dayx'],
  ])('folds %s with occasion %s to %j and back', (slug, occasion, compact) => {
    expect(compactSlug(slug, occasion)).toBe(compact)
    expect(expandSlug(compact, occasion)).toBe(slug)
  })
})

describe('sameOccasion(events, event, limit)', () => {
  const birthday = index.byId.get('2024-10-07-putin-birthday')!

  it('lists the other events of the occasion in time order', () => {
    expect(sameOccasion(index.events, birthday).map((e) => e.date)).toEqual(['2022-10-07', '2025-10-07'])
  })

  it('keeps only the nearest in time when there are more than the limit', () => {
    const liberation = index.byId.get('2023-08-15-liberation-day-from-kim')!
    const near = sameOccasion(index.events, liberation, 3).map((e) => e.date)
    // 364 days after, and the two halves of the exchange 365 days before.
    expect(near).toEqual(['2022-08-15', '2022-08-15', '2024-08-13'])
  })
})

describe('parseLocation and locationFor: an open event is its own page', () => {
  const id = index.events[3].id
  it('reads the event from its page, event/<id>/, and the rest from the query', () => {
    const v = parseLocation(`event/${id}/`, '?occasion=victory-day', known)
    expect(v.eventId).toBe(id)
    expect([...v.occasions]).toEqual(['victory-day'])
    expect(v.notices).toEqual([])
  })

  it('lets ?event= win over the path, and says when the path names no event', () => {
    const other = index.events[5].id
    expect(parseLocation(`event/${id}/`, `?event=${other}`, known).eventId).toBe(other)
    const unknown = parseLocation('event/1999-01-01-nothing/', '', known)
    expect(unknown.eventId).toBeNull()
    expect(unknown.notices).toEqual([
      'The address names an event this timeline does not have ("1999-01-01-nothing"); showing the timeline instead.',
    ])
    // Anything else below the home page (index.html, say) is not an event.
    expect(parseLocation('index.html', '', known)).toEqual({ ...all, notices: [] })
  })

  it("writes the event as its page's path when the build wrote those pages, else as ?event=", () => {
    const v = view({ eventId: id, view: 'table' })
    expect(locationFor(v, known, true)).toBe(`event/${id}/?view=table`)
    expect(locationFor(v, known, false)).toBe(`?view=table&event=${id}`)
    expect(locationFor(all, known, true)).toBe('')
    // What one writes, the other reads back.
    const back = parseLocation(`event/${id}/`, '?view=table', known)
    expect({ ...back, notices: undefined }).toEqual({ ...v, notices: undefined })
  })
})
