/** The marks of one lane at one zoom level, as parallel typed arrays (no object per mark). */
export type Packed = {
  size: number
  /** Centre of mass of each mark's events, in ms: where it is drawn. */
  time: Float64Array
  start: Float64Array
  end: Float64Array
  /** Position of the mark's first event in the lane's sorted input. */
  first: Int32Array
  count: Int32Array
  /** The occasion index all its events share, or -1 when they differ. */
  occasion: Int16Array
  /** The row (0 = top) the mark sits in. */
  row: Int8Array
  /** How many rows the marks use. */
  rows: number
}

/**
 * Stacks the events of a lane (sorted by time) into at most `maxRows` rows so marks never
 * overlap, and clusters only what still does not fit. A mark takes `slot` ms of its row
 * (its width, at the level's coarsest scale, plus a gap).
 *
 * 1. Capacity clustering: events are pushed in time order; whenever more than `maxRows` marks
 *    would fall within one slot, the newest merges into the mark before it (a counted
 *    cluster at their centre of mass), which may then merge backwards. So no point of the
 *    axis is covered by more than `maxRows` marks.
 * 2. Rows: marks go, in time order, to a free row (one whose last mark is a slot away); with
 *    at most `maxRows` marks over any point, `maxRows` rows always suffice (greedy colouring
 *    of an interval graph is optimal). Among free rows it prefers one where the last mark's
 *    label, `labelMs(k)` long, has room, so labels survive where the rows allow.
 *
 * O(n × maxRows) time, no allocation per event: it runs once per zoom level, at 100,000
 * events too.
 */
export function packLane(
  times: ArrayLike<number>,
  occasions: ArrayLike<number>,
  slot: number,
  maxRows: number,
  labelMs: (eventIndex: number) => number = () => 0,
): Packed {
  const n = times.length
  const base = n > 0 ? times[0] : 0
  const time = new Float64Array(n)
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const first = new Int32Array(n)
  const count = new Int32Array(n)
  const occasion = new Int16Array(n)
  const cap = Math.max(1, maxRows)
  let top = -1
  /** More than `cap` marks within one slot ending at `k`? */
  const crowded = (k: number) => {
    let within = 1
    for (let j = k - 1; j >= 0 && time[k] - time[j] < slot; j--) if (++within > cap) return true
    return false
  }
  for (let i = 0; i < n; i++) {
    // Times are kept relative to the first event so the weighted means stay exact.
    top++
    time[top] = start[top] = end[top] = times[i] - base
    first[top] = i
    count[top] = 1
    occasion[top] = occasions[i]
    while (top > 0 && crowded(top)) {
      const c = count[top - 1] + count[top]
      time[top - 1] = (time[top - 1] * count[top - 1] + time[top] * count[top]) / c
      end[top - 1] = end[top]
      count[top - 1] = c
      if (occasion[top - 1] !== occasion[top]) occasion[top - 1] = -1
      top--
    }
  }
  const size = top + 1
  const row = new Int8Array(size)
  const lastTime = new Float64Array(cap).fill(-Infinity)
  const labelEnd = new Float64Array(cap).fill(-Infinity)
  let rows = 0
  for (let k = 0; k < size; k++) {
    let free = -1
    let roomy = -1
    for (let r = 0; r < cap; r++) {
      if (time[k] - lastTime[r] < slot) continue
      if (free < 0) free = r
      if (time[k] - slot / 2 >= labelEnd[r]) {
        roomy = r
        break
      }
    }
    // Capacity clustering guarantees a free row; the fallback only guards rounding.
    const r = roomy >= 0 ? roomy : free >= 0 ? free : 0
    row[k] = r
    lastTime[r] = time[k]
    labelEnd[r] = count[k] === 1 ? time[k] + labelMs(first[k]) : time[k]
    rows = Math.max(rows, r + 1)
  }
  for (let k = 0; k < size; k++) {
    time[k] += base
    start[k] += base
    end[k] += base
  }
  return { size, time, start, end, first, count, occasion, row, rows }
}

/** The most events that fall within one slot anywhere in the lane: the rows it could use. */
export function laneDepth(times: ArrayLike<number>, slot: number): number {
  let depth = 0
  let j = 0
  for (let i = 0; i < times.length; i++) {
    while (times[i] - times[j] >= slot) j++
    depth = Math.max(depth, i - j + 1)
  }
  return depth
}
