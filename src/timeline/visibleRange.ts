/** The slice [from, to) of ascending `times` that lies within [t0, t1] (binary search). */
export function visibleRange(times: ArrayLike<number>, t0: number, t1: number, size = times.length) {
  const firstAtLeast = (t: number, inclusive: boolean) => {
    let lo = 0
    let hi = size
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (inclusive ? times[mid] < t : times[mid] <= t) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return { from: firstAtLeast(t0, true), to: firstAtLeast(t1, false) }
}
