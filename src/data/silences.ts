import { DAY_MS, dayTime } from './dates.ts'
import type { IndexEvent, Lane } from './indexFormat.ts'
import type { Occasion } from './schema.ts'

// Where the record is silent: a recurring occasion that one leader marked in some checked
// years and not in others. A year counts only when the sources have been searched for it
// (data/coverage.json), so a gap in our research never reads as a diplomatic silence.

/** The stretch of time the sources have been searched for every message, as ISO days. */
export type Checked = { from: string; through: string }

/** A checked year of a recurring occasion with no message in one direction. */
export type Silence = {
  /** Stable, readable key: "silence-putin-birthday-to-moscow-2023". */
  key: string
  occasion: string
  occasionIndex: number
  lane: Exclude<Lane, 'joint'>
  /** The occasion's year (a message of late December counts toward the New Year it greets). */
  year: number
  /** The occasion's usual day in that year, midnight UTC in ms: where the mark sits. */
  time: number
}

/** The occasion's day in `year`, from its "MM-DD". */
export function occurrence(recurring: string, year: number): number {
  const [m, d] = recurring.split('-').map(Number)
  return Date.UTC(year, m - 1, d)
}

/**
 * The year of the occurrence nearest to `time`: a New Year message of 30 December 2024 is for
 * 2025, a Liberation Day message of 13 August 2024 for 2024.
 */
export function occasionYear(recurring: string, time: number): number {
  const y = new Date(time).getUTCFullYear()
  let best = y
  for (const c of [y - 1, y + 1])
    if (Math.abs(occurrence(recurring, c) - time) < Math.abs(occurrence(recurring, best) - time)) best = c
  return best
}

/** True when the day at `time` lies in the checked stretch. */
export function isChecked(time: number, checked: Checked): boolean {
  return time >= dayTime(checked.from) && time < dayTime(checked.through) + DAY_MS
}

/** Years a message of the occasion reached each direction, from the events in that direction. */
function yearsByLane(events: readonly IndexEvent[], occasion: Occasion): Map<Lane, Set<number>> {
  const byLane = new Map<Lane, Set<number>>()
  for (const e of events) {
    if (e.occasion !== occasion.id || !occasion.recurring) continue
    const years = byLane.get(e.lane) ?? new Set()
    years.add(occasionYear(occasion.recurring, e.time))
    byLane.set(e.lane, years)
  }
  return byLane
}

/**
 * Every silence in the corpus: for each recurring occasion and each direction with a message in
 * at least two checked years, every checked year without one. `events` is the whole corpus
 * (filters decide later which silences show), sorted by time.
 */
export function findSilences(
  events: readonly IndexEvent[],
  occasions: readonly Occasion[],
  checked: Checked,
): Silence[] {
  const out: Silence[] = []
  const first = new Date(dayTime(checked.from)).getUTCFullYear()
  const last = new Date(dayTime(checked.through)).getUTCFullYear()
  occasions.forEach((occasion, occasionIndex) => {
    const recurring = occasion.recurring
    if (!recurring) return
    const byLane = yearsByLane(events, occasion)
    for (const lane of ['to-moscow', 'to-pyongyang'] as const) {
      const years = byLane.get(lane) ?? new Set<number>()
      const checkedYears = [...years].filter((y) => isChecked(occurrence(recurring, y), checked))
      if (checkedYears.length < 2) continue
      for (let year = first; year <= last; year++) {
        const time = occurrence(recurring, year)
        if (years.has(year) || !isChecked(time, checked)) continue
        out.push({
          key: `silence-${occasion.id}-${lane}-${year}`,
          occasion: occasion.id,
          occasionIndex,
          lane,
          year,
          time,
        })
      }
    }
  })
  return out.sort((a, b) => a.time - b.time || a.key.localeCompare(b.key))
}
