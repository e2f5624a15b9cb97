import { LABEL, ROUGH_CHAR_PX } from './picture.ts'
import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import { packLane, type Packed } from './packLane.ts'
import { LANES } from './lanes.ts'

/** One lane's events as typed arrays (times, occasions, positions in `events`), built once per filter. */
export type LaneData = {
  lane: Lane
  events: readonly IndexEvent[]
  /** Position in `events` of the lane's k-th event. */
  index: Int32Array
  times: Float64Array
  occasions: Int16Array
}

/** A mark as the view draws it. */
export type PlacedItem = {
  key: string
  lane: Lane
  time: number
  start: number
  end: number
  count: number
  /** The event, when the mark is a single event. */
  event?: IndexEvent
  /** The occasion all its events share, or null when they differ. */
  occasion: string | null
  /** The row within the lane, 0 at the top. */
  row: number
}

export type LaneLayout = {
  data: LaneData
  clusters: Packed
  /** Marks as objects, made when first drawn and kept with the layout (drawn again every frame). */
  items?: (PlacedItem | undefined)[]
}

/** Splits time-sorted events into lanes in two passes over them, with no per-event allocation. */
export function buildLanes(events: readonly IndexEvent[]): LaneData[] {
  const slotOf: Record<Lane, number> = { 'to-moscow': 0, 'to-pyongyang': 0, joint: 0 }
  LANES.forEach((l, i) => (slotOf[l.id] = i))
  const sizes = LANES.map(() => 0)
  for (let i = 0; i < events.length; i++) sizes[slotOf[events[i].lane]]++
  const lanes = LANES.map(({ id }, i) => ({
    lane: id,
    events,
    index: new Int32Array(sizes[i]),
    times: new Float64Array(sizes[i]),
    occasions: new Int16Array(sizes[i]),
  }))
  const fill = LANES.map(() => 0)
  for (let i = 0; i < events.length; i++) {
    const e = events[i]
    const l = slotOf[e.lane]
    const k = fill[l]++
    lanes[l].index[k] = i
    lanes[l].times[k] = e.time
    lanes[l].occasions[k] = e.occasionIndex
  }
  return lanes
}

/**
 * Stacks and clusters every lane for one zoom level: marks `slotPx` apart within a row
 * whenever the axis shows at most `msPerPx` milliseconds per pixel (the coarsest scale of
 * the level), in at most `maxRows` rows per lane.
 */
export function layoutLanes(
  lanes: readonly LaneData[],
  msPerPx: number,
  slotPx: number,
  /** The rows a lane may use: one number for all, or each lane's (the axis's lanes are that tall). */
  maxRows: number | readonly number[],
): LaneLayout[] {
  return lanes.map((data, lane) => ({
    data,
    clusters: packLane(
      data.times,
      data.occasions,
      slotPx * msPerPx,
      typeof maxRows === 'number' ? maxRows : (maxRows[lane] ?? 1),
      (i) => (data.events[data.index[i]].title.length * ROUGH_CHAR_PX + 2 * LABEL.offset) * msPerPx,
    ),
  }))
}

/** The mark at position k of a lane layout, as an object for the view. */
export function placedItem(layout: LaneLayout, k: number, occasionIds: readonly string[]): PlacedItem {
  const items = (layout.items ??= new Array<PlacedItem | undefined>(layout.clusters.size))
  return (items[k] ??= makeItem(layout, k, occasionIds))
}

function makeItem(layout: LaneLayout, k: number, occasionIds: readonly string[]): PlacedItem {
  const { clusters: c, data } = layout
  const first = data.events[data.index[c.first[k]]]
  const count = c.count[k]
  return {
    key: count === 1 ? first.id : `${first.id}+${count}`,
    lane: data.lane,
    time: c.time[k],
    start: c.start[k],
    end: c.end[k],
    count,
    event: count === 1 ? first : undefined,
    occasion: c.occasion[k] >= 0 ? (occasionIds[c.occasion[k]] ?? null) : null,
    row: c.row[k],
  }
}
