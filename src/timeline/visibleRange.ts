/** The slice [from, to) of time-sorted items whose `time` lies within [t0, t1]. */
export function visibleRange(items: readonly { time: number }[], t0: number, t1: number) {
  const firstAtLeast = (t: number, inclusive: boolean) => {
    let lo = 0
    let hi = items.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (inclusive ? items[mid].time < t : items[mid].time <= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return { from: firstAtLeast(t0, true), to: firstAtLeast(t1, false) }
}
