/** A mark on the axis: one event, or several that would otherwise overlap. */
export type LaneItem = {
  /** Stable key: the first event's id and the count. */
  key: string
  /** Centre of mass of its events, in ms: where the mark is drawn. */
  time: number
  start: number
  end: number
  /** Positions in the lane's sorted input. */
  first: number
  count: number
}

/**
 * Merges events (sorted by time) into marks whose centres are at least `minGap` ms apart.
 * A new mark that lands too close to the previous one merges into it, and the merged mark
 * may then merge backwards, so the result never overlaps and lone events keep their true
 * time. O(n); run once per zoom level, not per frame.
 */
export function clusterLane(times: readonly number[], ids: readonly string[], minGap: number): LaneItem[] {
  type Acc = { sum: number; start: number; end: number; first: number; count: number }
  const stack: Acc[] = []
  for (let i = 0; i < times.length; i++) {
    let top: Acc = { sum: times[i], start: times[i], end: times[i], first: i, count: 1 }
    while (stack.length > 0) {
      const prev = stack[stack.length - 1]
      if (top.sum / top.count - prev.sum / prev.count >= minGap) break
      stack.pop()
      top = {
        sum: prev.sum + top.sum,
        start: prev.start,
        end: top.end,
        first: prev.first,
        count: prev.count + top.count,
      }
    }
    stack.push(top)
  }
  return stack.map((a) => ({
    key: a.count === 1 ? ids[a.first] : `${ids[a.first]}+${a.count}`,
    time: a.sum / a.count,
    start: a.start,
    end: a.end,
    first: a.first,
    count: a.count,
  }))
}
