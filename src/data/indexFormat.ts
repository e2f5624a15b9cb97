import { DAY_MS, dayTime } from './dates.ts'
import { EVENT_KINDS } from './kinds.ts'
import { occurrence, type Checked, type Silence } from './silences.ts'
import type { Confidence, DateCertainty, Era, Event, EventKind, Occasion, Person } from './schema.ts'

// The timeline's first download. Columns instead of one object per event, interned strings
// and day numbers instead of ISO dates keep it small at 100,000 events; bodies, summaries,
// quotes and sources live in one file per event, fetched when a panel opens.

const CERTAINTIES: readonly DateCertainty[] = ['exact', 'reported', 'inferred']
const CONFIDENCES: readonly Confidence[] = ['verified', 'single-source']

/** Bumped whenever the wire format changes; the browser refuses an index of another version. */
export const INDEX_VERSION = 3

export type WireIndex = {
  v: typeof INDEX_VERSION
  occasions: Occasion[]
  people: Person[]
  eras: Era[]
  /** The days the corpus has been checked against the sources (data/coverage.json), YYYY-MM-DD. */
  checked: Checked
  kinds: EventKind[]
  /** Distinct publishers of events' first sources. */
  publishers: string[]
  /** Distinct sender/recipient sets, as person ids. */
  parties: string[][]
  /** Days since 1970-01-01, each the difference from the previous event (sorted by date). */
  day: number[]
  /**
   * The id without its "YYYY-MM-DD-" prefix, shortened where it repeats the occasion id
   * (as most do): "" is the occasion id itself, "~-from-kim" the occasion id then "-from-kim".
   */
  slug: string[]
  occasion: number[]
  kind: number[]
  from: number[]
  to: number[]
  certainty: number[]
  /** 0 verified, 1 single source. */
  confidence: number[]
  /** The first source's publisher, as a position in `publishers`. */
  publisher: number[]
  title: string[]
  /** Indexes of events that have a full text. */
  withBody: number[]
  /** Related pairs as flat [a, b, a, b, ...] event indexes, each link once. */
  related: number[]
  /**
   * Years with no message where one was usual (see silences.ts), worked out at build time, as
   * flat [occasion, lane, year, ...] triples: occasion and lane are positions in `occasions`
   * and LANE_IDS.
   */
  silences: number[]
}

export type Lane = 'to-moscow' | 'to-pyongyang' | 'joint'

/** The lanes top to bottom: messages to Moscow, messages to Pyongyang, meetings and joint acts. */
export const LANE_IDS: readonly Lane[] = ['to-moscow', 'to-pyongyang', 'joint']

export type IndexEvent = {
  index: number
  id: string
  date: string
  /** Midnight UTC of `date` in ms, computed once on load so layout never parses strings. */
  time: number
  dateCertainty: DateCertainty
  confidence: Confidence
  /** Who published the first source. */
  publisher: string
  kind: EventKind
  occasion: string
  /** Position of the occasion in the registry, for compact per-lane arrays. */
  occasionIndex: number
  from: string[]
  to: string[]
  title: string
  hasBody: boolean
  /** Related ids in both directions: what it cites and what cites it. */
  related: string[]
  lane: Lane
}

/** An era with its days as times, worked out once when the index loads (not every frame). */
export type TimedEra = Era & {
  /** Midnight UTC of its first day, in ms. */
  startTime: number
  /** The end of its last day (the next midnight UTC), in ms. */
  endTime: number
}

export type CorpusIndex = {
  events: IndexEvent[]
  occasions: Occasion[]
  people: Person[]
  eras: TimedEra[]
  /** The days the corpus has been checked against the sources: outside them, a gap is not a silence. */
  checked: Checked
  /** The kinds the corpus has, in the order of EVENT_KINDS. */
  kinds: EventKind[]
  /** Every year with no message where one was usual, in time order. */
  silences: Silence[]
  /** Built on first use. */
  readonly byId: Map<string, IndexEvent>
}

/** Which lane an event sits in: joint acts in the middle, messages by direction. */
export function laneOf(from: readonly string[], capitalOf: (person: string) => string): Lane {
  if (from.length !== 1) return 'joint'
  return capitalOf(from[0]) === 'Pyongyang' ? 'to-moscow' : 'to-pyongyang'
}

/** The slug with a leading occasion id folded away (see WireIndex.slug). */
export function compactSlug(slug: string, occasion: string): string {
  if (slug === occasion) return ''
  return slug.startsWith(`${occasion}-`) ? `~${slug.slice(occasion.length)}` : slug
}

/** The slug back from its compact form. */
export function expandSlug(compact: string, occasion: string): string {
  if (compact === '') return occasion
  return compact.startsWith('~') ? `${occasion}${compact.slice(1)}` : compact
}

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

const NO_RELATED: readonly string[] = Object.freeze([])

/**
 * Expands the wire index into the objects the app works with. Hot at 100,000 events, so it
 * formats each distinct day once, shares the empty related list, and builds the id map
 * only when first asked for.
 */
export function decodeIndex(wire: WireIndex): CorpusIndex {
  // A cached index from an older (or newer) build would decode into nonsense: say so instead.
  const v = (wire as { v?: unknown } | null)?.v
  if (v !== INDEX_VERSION)
    throw new Error(
      `The timeline data is in another format (version ${JSON.stringify(v ?? null)}) than this page reads (version ${INDEX_VERSION}): an old copy is probably cached. Reload the page to fetch matching files.`,
    )
  const capital = new Map(wire.people.map((p) => [p.id, p.capital]))
  const capitalOf = (p: string) => capital.get(p) ?? ''
  const laneByParties = wire.parties.map((p) => laneOf(p, capitalOf))
  const occasionIds = wire.occasions.map((o) => o.id)
  const hasBody = new Uint8Array(wire.day.length)
  for (const i of wire.withBody) hasBody[i] = 1
  const events: IndexEvent[] = new Array(wire.day.length)
  let day = 0
  let date = ''
  let dateDay = Number.NaN
  for (let i = 0; i < wire.day.length; i++) {
    day += wire.day[i]
    if (day !== dateDay) {
      date = new Date(day * DAY_MS).toISOString().slice(0, 10)
      dateDay = day
    }
    const occasion = occasionIds[wire.occasion[i]] ?? ''
    events[i] = {
      index: i,
      id: `${date}-${expandSlug(wire.slug[i], occasion)}`,
      date,
      time: day * DAY_MS,
      dateCertainty: CERTAINTIES[wire.certainty[i]],
      confidence: CONFIDENCES[wire.confidence[i]],
      publisher: wire.publishers[wire.publisher[i]] ?? '',
      kind: wire.kinds[wire.kind[i]],
      occasion,
      occasionIndex: wire.occasion[i],
      from: wire.parties[wire.from[i]],
      to: wire.parties[wire.to[i]],
      title: wire.title[i],
      hasBody: hasBody[i] === 1,
      related: NO_RELATED as string[],
      lane: laneByParties[wire.from[i]],
    }
  }
  for (let k = 0; k + 1 < wire.related.length; k += 2) {
    const a = events[wire.related[k]]
    const b = events[wire.related[k + 1]]
    if (!a || !b) continue
    a.related = [...a.related, b.id]
    b.related = [...b.related, a.id]
  }
  let byId: Map<string, IndexEvent> | undefined
  return {
    events,
    occasions: wire.occasions,
    people: wire.people,
    eras: wire.eras.map((e) => ({ ...e, startTime: dayTime(e.start), endTime: dayTime(e.end) + DAY_MS })),
    checked: wire.checked,
    silences: decodeSilences(wire),
    kinds: EVENT_KINDS.filter((k) => wire.kinds.includes(k)),
    get byId() {
      return (byId ??= new Map(events.map((e) => [e.id, e])))
    },
  }
}

/** The silences from their triples, with their keys and times. */
function decodeSilences(wire: WireIndex): Silence[] {
  const out: Silence[] = []
  for (let k = 0; k + 2 < wire.silences.length; k += 3) {
    const occasion = wire.occasions[wire.silences[k]]
    const lane = LANE_IDS[wire.silences[k + 1]]
    const year = wire.silences[k + 2]
    if (!occasion?.recurring || (lane !== 'to-moscow' && lane !== 'to-pyongyang')) continue
    out.push({
      key: `silence-${occasion.id}-${lane}-${year}`,
      occasion: occasion.id,
      occasionIndex: wire.silences[k],
      lane,
      year,
      time: occurrence(occasion.recurring, year),
    })
  }
  return out
}
