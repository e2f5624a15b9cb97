/**
 * Half-octave steps: the layout is recomputed only when the zoom crosses one (at 100,000
 * events that costs a few ms; quarter-octave steps paid it every other frame of a zoom).
 */
export const LEVELS_PER_DOUBLING = 2

/** The zoom level of scale factor `k` (k = 1 is the whole range). */
export function zoomLevel(k: number): number {
  return Math.floor(Math.log2(Math.max(k, 1e-9)) * LEVELS_PER_DOUBLING)
}

/**
 * The smallest scale factor of a level. Clustering with this factor keeps marks at least
 * `minGapPx` apart for every k within the level, since a larger k only spreads them.
 */
export function levelScale(level: number): number {
  return 2 ** (level / LEVELS_PER_DOUBLING)
}
