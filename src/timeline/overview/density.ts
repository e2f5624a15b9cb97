/** How many of `times` fall into each of `bins` equal slices of `domain` (one pass, typed array). */
export function density(
  times: ArrayLike<number>,
  domain: readonly [number, number],
  bins: number,
): Uint32Array {
  const counts = new Uint32Array(Math.max(1, bins))
  const [d0, d1] = domain
  const per = counts.length / Math.max(d1 - d0, 1)
  for (let i = 0; i < times.length; i++) {
    // The range's last instant belongs to the last slice.
    const b = Math.min(Math.floor((times[i] - d0) * per), times[i] <= d1 ? counts.length - 1 : counts.length)
    if (b >= 0 && b < counts.length) counts[b]++
  }
  return counts
}

/**
 * The counts as one SVG path of bars, `width` × `height` px, scaled to the largest count
 * (a square root, so one lone event still shows beside a busy month).
 */
export function densityPath(counts: Uint32Array, width: number, height: number): string {
  let max = 0
  for (const c of counts) max = Math.max(max, c)
  if (max === 0) return ''
  const w = width / counts.length
  let d = ''
  counts.forEach((c, i) => {
    if (c === 0) return
    const h = Math.max(2, (Math.sqrt(c) / Math.sqrt(max)) * height)
    d += `M${(i * w).toFixed(1)},${height}v${(-h).toFixed(1)}h${Math.max(1, w - 0.5).toFixed(1)}v${h.toFixed(1)}z`
  })
  return d
}
