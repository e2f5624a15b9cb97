/**
 * A linear map from UTC milliseconds to pixels: the part of d3-scale's scaleLinear the axis
 * uses (call, invert, domain, range), with the same maths. d3-scale's linear scale also
 * brings d3-interpolate, d3-color and d3-format (about 7 KB of gzipped first-load script)
 * for colour interpolation and tick formatting we never use; ticks come from d3-time.
 */
export type TimeScale = {
  (time: number): number
  invert: (px: number) => number
  domain: () => [number, number]
  range: () => [number, number]
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain
  const [r0, r1] = range
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  const scale = ((t: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + (t - d0) * k)) as TimeScale
  scale.invert = (px) => (k === 0 ? d0 : d0 + (px - r0) / k)
  scale.domain = () => [d0, d1]
  scale.range = () => [r0, r1]
  return scale
}
