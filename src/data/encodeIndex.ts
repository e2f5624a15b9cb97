import { DAY_MS, dayTime } from './dates.ts'
import {
  CERTAINTIES,
  compactSlug,
  CONFIDENCES,
  INDEX_VERSION,
  LANE_IDS,
  type WireIndex,
} from './indexFormat.ts'
import type { Era, Event, EventKind, Occasion, Person } from './schema.ts'
import type { Checked, Silence } from './silences.ts'

function interner<T>(key: (t: T) => string) {
  const list: T[] = []
  const seen = new Map<string, number>()
  return {
    list,
    id(t: T): number {
      const k = key(t)
      let i = seen.get(k)
      if (i === undefined) {
        i = list.length
        list.push(t)
        seen.set(k, i)
      }
      return i
    },
  }
}

/** Builds the wire index from validated events (sorted by date, then id). */
export function encodeIndex(
  events: Event[],
  occasions: Occasion[],
  people: Person[],
  eras: Era[] = [],
  checked: Checked = { from: '1970-01-01', through: '1970-01-01' },
  silences: readonly Silence[] = [],
): WireIndex {
  const kinds = interner<EventKind>((k) => k)
  const publishers = interner<string>((p) => p)
  const parties = interner<string[]>((p) => p.join(','))
  const occasionIndex = new Map(occasions.map((o, i) => [o.id, i]))
  const position = new Map(events.map((e, i) => [e.id, i]))
  const related: number[] = []
  const linked = new Set<string>()
  let prevDay = 0
  const wire: WireIndex = {
    v: INDEX_VERSION,
    occasions,
    people,
    eras,
    checked,
    kinds: kinds.list,
    publishers: publishers.list,
    parties: parties.list,
    day: [],
    slug: [],
    occasion: [],
    kind: [],
    from: [],
    to: [],
    certainty: [],
    confidence: [],
    publisher: [],
    title: [],
    withBody: [],
    related,
    silences: silences.flatMap((x) => [x.occasionIndex, LANE_IDS.indexOf(x.lane), x.year]),
  }
  events.forEach((e, i) => {
    const day = Math.round(dayTime(e.date) / DAY_MS)
    wire.day.push(day - prevDay)
    prevDay = day
    wire.slug.push(compactSlug(e.id.slice(11), e.occasion))
    wire.occasion.push(occasionIndex.get(e.occasion) ?? -1)
    wire.kind.push(kinds.id(e.kind))
    wire.from.push(parties.id(e.from))
    wire.to.push(parties.id(e.to))
    wire.certainty.push(CERTAINTIES.indexOf(e.dateCertainty))
    wire.confidence.push(CONFIDENCES.indexOf(e.confidence))
    wire.publisher.push(publishers.id(e.sources[0]?.publisher ?? ''))
    wire.title.push(e.title)
    if (e.body) wire.withBody.push(i)
    for (const r of e.related) {
      const j = position.get(r)
      if (j === undefined) continue
      const key = i < j ? `${i},${j}` : `${j},${i}`
      if (linked.has(key)) continue
      linked.add(key)
      related.push(i, j)
    }
  })
  return wire
}
