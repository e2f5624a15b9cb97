/** Marks of one lane at one zoom level, as parallel typed arrays (no object per mark). */
export type Clusters = {
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
}

/**
 * Merges events (sorted by time) into marks whose centres are at least `minGap` ms apart.
 * A new mark that lands too close to the previous one merges into it, and the merged mark
 * may then merge backwards, so marks never overlap and lone events keep their true time.
 * O(n) with no allocation per event: it runs once per zoom level, at 100,000 events too.
 */
export function clusterLane(
  times: ArrayLike<number>,
  occasions: ArrayLike<number>,
  minGap: number,
): Clusters {
  const n = times.length
  const base = n > 0 ? times[0] : 0
  const time = new Float64Array(n)
  const start = new Float64Array(n)
  const end = new Float64Array(n)
  const first = new Int32Array(n)
  const count = new Int32Array(n)
  const occasion = new Int16Array(n)
  let top = -1
  for (let i = 0; i < n; i++) {
    // Times are kept relative to the first event so the weighted means stay exact.
    let t = times[i] - base
    let s = t
    let c = 1
    let f = i
    let o = occasions[i]
    while (top >= 0 && t - time[top] < minGap) {
      t = (time[top] * count[top] + t * c) / (count[top] + c)
      c += count[top]
      s = start[top]
      f = first[top]
      if (occasion[top] !== o) o = -1
      top--
    }
    top++
    time[top] = t
    start[top] = s
    end[top] = times[i] - base
    first[top] = f
    count[top] = c
    occasion[top] = o
  }
  const size = top + 1
  for (let k = 0; k < size; k++) {
    time[k] += base
    start[k] += base
    end[k] += base
  }
  return { size, time, start, end, first, count, occasion }
}
