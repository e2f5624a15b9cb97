import type { IndexEvent } from '../data/indexFormat.ts'

/** The occasions shown; every occasion id the corpus knows is either in or out. */
export type OccasionFilter = ReadonlySet<string>

export function toggleOccasion(filter: OccasionFilter, id: string): OccasionFilter {
  const next = new Set(filter)
  if (next.has(id)) next.delete(id)
  else next.add(id)
  return next
}

export function allOccasions(ids: readonly string[]): OccasionFilter {
  return new Set(ids)
}

export function noOccasions(): OccasionFilter {
  return new Set()
}

/** The events whose occasion is shown, in their original order (the same array when nothing is hidden). */
export function filterEvents(events: readonly IndexEvent[], filter: OccasionFilter): readonly IndexEvent[] {
  // One Set lookup per occasion, not per event: this runs on every filter click at 100,000.
  const shown: (boolean | undefined)[] = []
  const isShown = (e: IndexEvent) => (shown[e.occasionIndex] ??= filter.has(e.occasion))
  const hidden = events.some((e) => !isShown(e))
  return hidden ? events.filter(isShown) : events
}

/** How many events each occasion has (over the whole corpus, whatever the filter). */
export function countByOccasion(events: readonly IndexEvent[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const e of events) counts.set(e.occasion, (counts.get(e.occasion) ?? 0) + 1)
  return counts
}

/** "Showing 12 of 47 events". */
export function statusLine(shown: number, total: number): string {
  return `Showing ${shown} of ${total} event${total === 1 ? '' : 's'}`
}
