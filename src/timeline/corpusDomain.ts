import { DAY_MS } from '../data/dates.ts'
/** Room on each side of the first and last event, so their marks never sit on the edge. */
const PAD_SHARE = 0.03
const MIN_PAD_MS = 30 * DAY_MS

/**
 * The fully zoomed-out time range: the corpus's own first to last event, whatever years
 * those are, with a little room either side. `times` are sorted, in ms.
 */
export function corpusDomain(times: ArrayLike<number>): [number, number] {
  if (times.length === 0) return [0, 365 * DAY_MS]
  const first = times[0]
  const last = times[times.length - 1]
  const pad = Math.max((last - first) * PAD_SHARE, MIN_PAD_MS)
  return [first - pad, last + pad]
}
