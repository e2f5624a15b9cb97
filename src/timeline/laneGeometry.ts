/** The axis band at the top, in px. */
export const AXIS_H = 30
/** A lane's name sits above its rows. */
export const LANE_LABEL_H = 18
/** One row of marks: room for a cluster badge (24 px) and a hair of air. */
export const ROW_H = 26
/** Under a message lane's rows, a strip for the years with no message found (silenceMark.ts). */
export const SILENCE_STRIP_H = 14
const BOTTOM_PAD = 4

export type LaneGeometry = {
  height: number
  /** Top of each lane, and its height. */
  tops: number[]
  heights: number[]
  /** Centre y of a mark in a lane's row. */
  y: (lane: number, row: number) => number
  /** Centre y of the silences' strip of a lane (a lane without one: its last row's). */
  silenceY: (lane: number) => number
}

/**
 * Where the lanes and their rows sit, from the rows each lane uses and whether it has a strip
 * for silences. The strip is there whether or not silences are shown, so switching them off
 * moves nothing.
 */
export function laneGeometry(rows: readonly number[], strips: readonly boolean[] = []): LaneGeometry {
  const tops: number[] = []
  const heights: number[] = []
  let y = AXIS_H
  rows.forEach((r, i) => {
    tops.push(y)
    const h = LANE_LABEL_H + r * ROW_H + (strips[i] ? SILENCE_STRIP_H : 0) + BOTTOM_PAD
    heights.push(h)
    y += h
  })
  return {
    height: y,
    tops,
    heights,
    y: (lane, row) => tops[lane] + LANE_LABEL_H + row * ROW_H + ROW_H / 2,
    silenceY: (lane) => tops[lane] + heights[lane] - BOTTOM_PAD - SILENCE_STRIP_H / 2,
  }
}
