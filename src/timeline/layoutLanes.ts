import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import { clusterLane, type LaneItem } from './clusterLane.ts'
import { groupByLane, LANES } from './lanes.ts'

/** A lane mark with what the view needs about its events. */
export type PlacedItem = LaneItem & {
  lane: Lane
  /** The event, when the mark is a single event. */
  event?: IndexEvent
  /** The occasion all its events share, or null when they differ. */
  occasion: string | null
}

export type LaneLayout = { lane: Lane; items: PlacedItem[] }

/**
 * Clusters every lane for one zoom level: marks at least `minGapPx` apart whenever the axis
 * shows at most `msPerPx` milliseconds per pixel (the coarsest scale of the level).
 */
export function layoutLanes(events: readonly IndexEvent[], msPerPx: number, minGapPx: number): LaneLayout[] {
  const byLane = groupByLane(events)
  return LANES.map(({ id }) => {
    const laneEvents = byLane[id]
    const items = clusterLane(
      laneEvents.map((e) => e.time),
      laneEvents.map((e) => e.id),
      minGapPx * msPerPx,
    ).map((item): PlacedItem => {
      const first = laneEvents[item.first]
      let occasion: string | null = first.occasion
      for (let i = item.first + 1; i < item.first + item.count && occasion; i++)
        if (laneEvents[i].occasion !== occasion) occasion = null
      return { ...item, lane: id, event: item.count === 1 ? first : undefined, occasion }
    })
    return { lane: id, items }
  })
}
