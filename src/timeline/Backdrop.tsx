import type { TimedEra } from '../data/indexFormat.ts'
import type { Tick } from './axisTicks.ts'
import { AxisTicks } from './AxisTicks.tsx'
import { ErasLayer } from './ErasLayer.tsx'
import type { LaneGeometry } from './laneGeometry.ts'
import { LANES } from './lanes.ts'
import type { TextStyle } from './measureLabel.ts'
import { INK_TOKENS, LANE_FILL, LANE_NAME } from './picture.ts'
import type { TimeScale } from './timeScale.ts'

type BackdropProps = {
  width: number
  geometry: LaneGeometry
  eras: readonly TimedEra[]
  /** The settled view's scale, and its ticks (none once the canvas draws them). */
  x: TimeScale
  ticks: readonly Tick[]
  /** The corpus's span on the axis, in px: tick labels stay within it. */
  left: number
  right: number
  measure: (text: string, style: TextStyle) => number
}

/**
 * What sits under the marks: the lanes' bands, and until the canvas draws them (and without
 * script) the eras and the ticks at the settled view.
 */
export function Backdrop({ width, geometry, eras, x, ticks, left, right, measure }: BackdropProps) {
  const top = geometry.tops[0]
  return (
    <svg width={width} height={geometry.height} className="block" aria-hidden>
      {LANES.map((lane, i) => (
        <rect
          key={lane.id}
          y={geometry.tops[i]}
          width={width}
          height={geometry.heights[i]}
          className={LANE_FILL[i % LANE_FILL.length]}
        />
      ))}
      <g className="static-backdrop">
        <ErasLayer
          eras={eras}
          x={x}
          top={top}
          height={geometry.height - top}
          width={width}
          measure={measure}
        />
        <AxisTicks
          ticks={ticks}
          axisHeight={top}
          height={geometry.height}
          width={width}
          left={left}
          right={right}
          measure={measure}
        />
      </g>
    </svg>
  )
}

/** The lanes' names, above the canvas (which moves under them). */
export function LaneNames({ width, geometry }: { width: number; geometry: LaneGeometry }) {
  return (
    <svg
      width={width}
      height={geometry.height}
      className="pointer-events-none absolute top-0 left-0"
      aria-hidden
    >
      {LANES.map((lane, i) => (
        <text
          key={lane.id}
          x={LANE_NAME.x}
          y={geometry.tops[i] + LANE_NAME.baseline}
          fontSize={LANE_NAME.px}
          className={`lane-label ${INK_TOKENS.laneName.fill} font-semibold tracking-wide uppercase`}
        >
          {lane.label}
        </text>
      ))}
    </svg>
  )
}
