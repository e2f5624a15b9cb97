import { describe, expect, it } from 'vitest'
import { parseViewState, serializeViewState } from '../../src/app/urlState.ts'
import { compactSlug, decodeIndex, encodeIndex, expandSlug } from '../../src/data/indexFormat.ts'
import {
  allOccasions,
  countByOccasion,
  filterEvents,
  noOccasions,
  statusLine,
  toggleOccasion,
} from '../../src/filters/filterState.ts'
import { sameOccasion } from '../../src/detail/sameOccasion.ts'
import { readCorpus } from '../../scripts/lib/corpus.ts'

// A fixed corpus of 20 events (11 to Moscow, 4 to Pyongyang, 5 joint), so numbers stay put as data/ grows.
const corpus = readCorpus('tests/fixtures/valid')
const index = decodeIndex(encodeIndex(corpus.events, corpus.occasions, corpus.people))
const ids = corpus.occasions.map((o) => o.id)
const has = (id: string) => index.byId.has(id)

describe('filter state', () => {
  it('toggleOccasion removes a shown occasion and adds a hidden one', () => {
    const all = allOccasions(ids)
    const without = toggleOccasion(all, 'victory-day')
    expect(without.has('victory-day')).toBe(false)
    expect(toggleOccasion(without, 'victory-day').has('victory-day')).toBe(true)
    expect(all.has('victory-day')).toBe(true)
  })

  it('filterEvents keeps only events of shown occasions, in time order', () => {
    const shown = filterEvents(index.events, new Set(['victory-day']))
    expect(shown.map((e) => e.date)).toEqual(['2020-05-09', '2023-05-09', '2024-05-09'])
    expect(filterEvents(index.events, noOccasions())).toEqual([])
    // Nothing hidden: the same array, so nothing downstream recomputes.
    expect(filterEvents(index.events, allOccasions(ids))).toBe(index.events)
  })

  it('countByOccasion counts the whole corpus', () => {
    const counts = countByOccasion(index.events)
    expect(counts.get('liberation-day')).toBe(7)
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(20)
  })

  it('statusLine reads "Showing N of M events"', () => {
    expect(statusLine(5, 47)).toBe('Showing 5 of 47 events')
  })
})

describe('parseViewState / serializeViewState', () => {
  it('reads the occasion filter and the open event from the query string', () => {
    const v = parseViewState('?occasion=victory-day,putin-birthday&event=2024-10-07-putin-birthday', ids, has)
    expect([...v.filter].sort()).toEqual(['putin-birthday', 'victory-day'])
    expect(v.eventId).toBe('2024-10-07-putin-birthday')
    expect(v.notices).toEqual([])
  })

  it('shows everything when the link has no filter', () => {
    const v = parseViewState('', ids, has)
    expect(v.filter.size).toBe(ids.length)
    expect(v.eventId).toBeNull()
  })

  it('ignores unknown ids with a notice that names them', () => {
    const v = parseViewState('?occasion=victory-day,bogus&event=1999-01-01-nope', ids, has)
    expect([...v.filter]).toEqual(['victory-day'])
    expect(v.eventId).toBeNull()
    expect(v.notices.join(' ')).toContain('"bogus"')
    expect(v.notices.join(' ')).toContain('"1999-01-01-nope"')
  })

  it('falls back to all occasions when every named occasion is unknown', () => {
    const v = parseViewState('?occasion=zzz', ids, has)
    expect(v.filter.size).toBe(ids.length)
    expect(v.notices).toHaveLength(1)
  })

  it('survives broken percent-encoding and unknown keys', () => {
    const v = parseViewState('?occasion=%E0%A4%A&x=1&event=%', ids, has)
    expect(v.filter.size).toBe(ids.length)
    expect(v.notices.length).toBeGreaterThanOrEqual(2)
  })

  it('writes the filter only when it leaves something out, in registry order', () => {
    expect(serializeViewState({ filter: allOccasions(ids), eventId: null }, ids)).toBe('')
    expect(
      serializeViewState(
        { filter: new Set(['putin-birthday', 'victory-day']), eventId: '2024-10-07-putin-birthday' },
        ids,
      ),
    ).toBe('?occasion=victory-day,putin-birthday&event=2024-10-07-putin-birthday')
    expect(serializeViewState({ filter: noOccasions(), eventId: null }, ids)).toBe('?occasion=')
  })

  it('round-trips: what it writes it reads back', () => {
    const state = { filter: new Set(['new-year', 'summit']), eventId: '2019-04-25-summit' }
    const back = parseViewState(serializeViewState(state, ids), ids, has)
    expect([...back.filter].sort()).toEqual(['new-year', 'summit'])
    expect(back.eventId).toBe('2019-04-25-summit')
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
  it.each([0, 2, undefined, '1'])('refuses version %j with a message that says to reload', (v) => {
    const wire = { ...encodeIndex(corpus.events, corpus.occasions, corpus.people), v }
    expect(() => decodeIndex(wire as never)).toThrow(
      /another format .* than this page reads \(version 1\).*Reload the page/,
    )
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
