import type { Checked, Silence } from './silences.ts'
import type { Confidence, DateCertainty, Era, EventKind, Occasion, Person } from './schema.ts'

// The timeline's first download: its format (encodeIndex.ts writes it at build time,
// decodeIndex.ts reads it in the browser). Columns instead of one object per event, interned strings
// and day numbers instead of ISO dates keep it small at 100,000 events; bodies, summaries,
// quotes and sources live in one file per event, fetched when a panel opens.

/** Date certainties and confidences as the wire numbers them. */
export const CERTAINTIES: readonly DateCertainty[] = ['exact', 'reported', 'inferred']
export const CONFIDENCES: readonly Confidence[] = ['verified', 'single-source']

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
  /**
   * Each occasion's colour as each theme draws it (raised to 3:1 against the lanes, see
   * src/timeline/picture.ts), worked out at build time; the raw colour when absent.
   */
  inks?: Inks[]
  /** The same for a cluster of several occasions. */
  mixedInk?: Inks
  /** In an index of another language than English: the events whose title is English (none written). */
  english?: number[]
}

/** A colour as the light and the dark theme draw it, and the text that reads on each. */
export type Inks = { light: string; dark: string; onLight: string; onDark: string }

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
  /** In the page's language, or English when none is written (then `titleLang` is "en"). */
  title: string
  /** Set when the title is not in the page's language: the language it is in. */
  titleLang?: 'en'
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
  /** Each occasion's inks, in the order of `occasions`; and a mixed cluster's. */
  inks: Inks[]
  mixedInk: Inks
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
