import type { IndexEvent, Inks, TimedEra } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import type { Silence } from '../data/silences.ts'

/** The silences to mark (already filtered), what each says, and the switch that shows them. */
export type SilenceMarks = {
  shown: readonly Silence[]
  nameOf: (s: Silence) => string
  /** Opens the year-by-year comparison of a silence's occasion. */
  onOpen: (s: Silence) => void
  /** Whether silences are marked (the legend's switch). */
  on: boolean
  onSwitch: (on: boolean) => void
}

export type TimelineProps = {
  /** The events to draw (already filtered), sorted by time. */
  events: readonly IndexEvent[]
  /** The whole time range of the corpus, in ms: the fully zoomed-out view. */
  domain: readonly [number, number]
  /** Periods shaded behind the lanes. */
  eras: readonly TimedEra[]
  occasionById: ReadonlyMap<string, Occasion>
  /** An occasion's colours in both themes (null: a cluster of several occasions). */
  inkOf: (occasion: string | null) => Inks
  /** The open event, if any. */
  selected: IndexEvent | undefined
  onOpen: (id: string) => void
  /** Years with no message where one was usual ("none found"). */
  silences: SilenceMarks
  /** Told the visible time range once a zoom or pan has settled. */
  onViewSettled: (t0: number, t1: number) => void
}
