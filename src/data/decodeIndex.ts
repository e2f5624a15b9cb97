import { DAY_MS, dayTime } from './dates.ts'
import {
  CERTAINTIES,
  CONFIDENCES,
  expandSlug,
  INDEX_VERSION,
  LANE_IDS,
  laneOf,
  type CorpusIndex,
  type IndexEvent,
  type Inks,
  type WireIndex,
} from './indexFormat.ts'
import { EVENT_KINDS } from './kinds.ts'
import { occurrence, type Silence } from './silences.ts'

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
  for (const i of wire.english ?? []) if (events[i]) events[i].titleLang = 'en'
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
    inks: wire.inks ?? wire.occasions.map((o) => plainInks(o.colour)),
    mixedInk: wire.mixedInk ?? plainInks('#475569'),
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

/** A colour as it is in both themes (an index built without inks: tests, old copies). */
const plainInks = (c: string): Inks => ({ light: c, dark: c, onLight: '#ffffff', onDark: '#ffffff' })
