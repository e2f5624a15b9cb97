import { labelPlaces, type Tick } from './axisTicks.ts'
import type { TextStyle } from './measureLabel.ts'
import { INK_TOKENS, TICK } from './picture.ts'

type AxisTicksProps = {
  ticks: readonly Tick[]
  /** Height of the tick band at the top. */
  axisHeight: number
  /** Full height: year lines run down through the lanes. */
  height: number
  width: number
  /** The corpus's first and last day on the axis: labels stay between them. */
  left: number
  right: number
  /** A text's width, as the canvas measures it (an estimate on the server). */
  measure: (text: string, style: TextStyle) => number
}

const styleOf = (t: Tick) => ({ px: TICK.px, weight: t.major ? TICK.majorWeight : 400 })

/** Tick labels along the top; years as grid lines through the lanes, months and days dashed (as drawBackdrop.ts draws them). */
export function AxisTicks({ ticks, axisHeight, height, width, left, right, measure }: AxisTicksProps) {
  const places = labelPlaces(ticks, left, right, (t) => measure(t.label, styleOf(t)))
  return (
    <g aria-hidden>
      {ticks.map((t, i) => (
        <g key={t.time}>
          <line
            x1={t.x}
            x2={t.x}
            y1={axisHeight - TICK.length}
            y2={t.major ? height : axisHeight}
            className={INK_TOKENS.grid.stroke}
            strokeDasharray={t.major ? undefined : TICK.dash.join(' ')}
          />
          {places[i] !== null && (
            <text
              x={places[i]!}
              y={axisHeight - TICK.labelGap}
              textAnchor="middle"
              fontSize={TICK.px}
              fontWeight={styleOf(t).weight}
              className={t.major ? INK_TOKENS.tickMajor.fill : INK_TOKENS.tickMinor.fill}
            >
              {t.label}
            </text>
          )}
        </g>
      ))}
      <line x1={0} x2={width} y1={axisHeight} y2={axisHeight} className={INK_TOKENS.grid.stroke} />
    </g>
  )
}
