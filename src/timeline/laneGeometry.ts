/** The axis band at the top, in px. */
export const AXIS_H = 30
/** A lane's name sits above its rows. */
export const LANE_LABEL_H = 18
/** One row of marks: room for a cluster badge (24 px) and a hair of air. */
export const ROW_H = 26
const BOTTOM_PAD = 4

export type LaneGeometry = {
  height: number
  /** Top of each lane, and its height. */
  tops: number[]
  heights: number[]
  /** Centre y of a mark in a lane's row. */
  y: (lane: number, row: number) => number
}

/** Where the lanes and their rows sit, from the rows each lane uses. */
export function laneGeometry(rows: readonly number[]): LaneGeometry {
  const tops: number[] = []
  const heights: number[] = []
  let y = AXIS_H
  for (const r of rows) {
    tops.push(y)
    const h = LANE_LABEL_H + r * ROW_H + BOTTOM_PAD
    heights.push(h)
    y += h
  }
  return {
    height: y,
    tops,
    heights,
    y: (lane, row) => tops[lane] + LANE_LABEL_H + row * ROW_H + ROW_H / 2,
  }
}
