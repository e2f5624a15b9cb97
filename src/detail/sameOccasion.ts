import type { IndexEvent } from '../data/indexFormat.ts'

/**
 * Other events of the event's occasion, the `limit` nearest in time, in time order: one per
 * year for today's corpus, and a short list rather than thousands of buttons at 100,000.
 */
export function sameOccasion(events: readonly IndexEvent[], event: IndexEvent, limit = 12): IndexEvent[] {
  return events
    .filter((e) => e.occasion === event.occasion && e !== event)
    .sort((a, b) => Math.abs(a.time - event.time) - Math.abs(b.time - event.time))
    .slice(0, limit)
    .sort((a, b) => a.time - b.time)
}
