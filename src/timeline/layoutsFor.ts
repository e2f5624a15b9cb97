import { layoutLanes, type LaneData, type LaneLayout } from './layoutLanes.ts'
import { laneDepth } from './packLane.ts'
import { levelScale } from './zoomLevel.ts'

/** How marks sit in their lanes: the px a mark takes in its row, and the most rows a lane may have. */
export type Packing = { slotPx: number; maxRows: number }

// Kept per lane set (a new filter makes a new set), so zooming back to a level costs nothing.
const cache = new WeakMap<readonly LaneData[], Map<string, LaneLayout[]>>()

const msPerPxAt = (level: number, plotWidth: number, domain: readonly [number, number]) =>
  (domain[1] - domain[0]) / (Math.max(plotWidth, 1) * levelScale(level))

/**
 * The lanes stacked and clustered for one zoom level, computed once and then reused:
 * `plotWidth` px show the whole `domain` at level 0.
 */
export function layoutsFor(
  lanes: readonly LaneData[],
  level: number,
  plotWidth: number,
  domain: readonly [number, number],
  packing: Packing,
  /**
   * Each lane's rows as the axis gives them (laneRows): a mark never goes below them, not even
   * to give a label room. Without them, any lane may use packing.maxRows.
   */
  rows?: readonly number[],
): LaneLayout[] {
  let byLevel = cache.get(lanes)
  if (!byLevel) cache.set(lanes, (byLevel = new Map()))
  const key = `${level}:${plotWidth}:${domain[0]}:${domain[1]}:${packing.slotPx}:${rows?.join(',') ?? packing.maxRows}`
  let layouts = byLevel.get(key)
  if (!layouts) {
    layouts = layoutLanes(lanes, msPerPxAt(level, plotWidth, domain), packing.slotPx, rows ?? packing.maxRows)
    byLevel.set(key, layouts)
  }
  return layouts
}

/**
 * Rows each lane needs: as many as the most events within one slot at the fully zoomed-out
 * level (deeper levels spread marks, so they never need more), up to the limit. Fixed for a
 * set of events, so the axis does not change height while zooming.
 */
export function laneRows(
  lanes: readonly LaneData[],
  plotWidth: number,
  domain: readonly [number, number],
  packing: Packing,
): number[] {
  const slot = packing.slotPx * msPerPxAt(0, plotWidth, domain)
  return lanes.map((l) => Math.max(1, Math.min(packing.maxRows, laneDepth(l.times, slot))))
}
