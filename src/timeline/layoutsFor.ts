import { layoutLanes, type LaneData, type LaneLayout } from './layoutLanes.ts'
import { levelScale } from './zoomLevel.ts'

// Kept per lane set (a new filter makes a new set), so zooming back to a level costs nothing.
const cache = new WeakMap<readonly LaneData[], Map<string, LaneLayout[]>>()

/**
 * The lanes clustered for one zoom level, computed once and then reused: `plotWidth` px show
 * the whole `domain` at level 0, and marks stay at least `minGapPx` apart within the level.
 */
export function layoutsFor(
  lanes: readonly LaneData[],
  level: number,
  plotWidth: number,
  domain: readonly [number, number],
  minGapPx: number,
): LaneLayout[] {
  let byLevel = cache.get(lanes)
  if (!byLevel) cache.set(lanes, (byLevel = new Map()))
  const key = `${level}:${plotWidth}:${domain[0]}:${domain[1]}:${minGapPx}`
  let layouts = byLevel.get(key)
  if (!layouts) {
    const msPerPx = (domain[1] - domain[0]) / (Math.max(plotWidth, 1) * levelScale(level))
    layouts = layoutLanes(lanes, msPerPx, minGapPx)
    byLevel.set(key, layouts)
  }
  return layouts
}
