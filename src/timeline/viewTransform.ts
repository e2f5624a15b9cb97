import { timeScale, type TimeScale } from './timeScale.ts'

/** The zoom state: scale factor k and x translation (d3-zoom's transform, x only). */
export type ViewTransform = { k: number; x: number }

export const IDENTITY: ViewTransform = { k: 1, x: 0 }

/**
 * The base scale as seen through the transform; the same maths as d3-zoom's
 * transform.rescaleX (https://d3js.org/d3-zoom#transform_rescaleX), kept here so the first
 * render does not wait for d3-zoom, which loads just after it.
 */
export function rescaleX(t: ViewTransform, base: TimeScale): TimeScale {
  const [r0, r1] = base.range()
  return timeScale([base.invert((r0 - t.x) / t.k), base.invert((r1 - t.x) / t.k)], [r0, r1])
}
