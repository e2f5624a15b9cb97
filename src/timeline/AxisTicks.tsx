import type { Tick } from './axisTicks.ts'

type AxisTicksProps = {
  ticks: readonly Tick[]
  /** Height of the tick band at the top. */
  axisHeight: number
  /** Full height: year lines run down through the lanes. */
  height: number
  width: number
}

/** Tick labels along the top; years as grid lines through the lanes, months and days dashed. */
export function AxisTicks({ ticks, axisHeight, height, width }: AxisTicksProps) {
  return (
    <g aria-hidden>
      {ticks.map((t) => (
        <g key={t.time} transform={`translate(${t.x},0)`}>
          <line
            y1={axisHeight - 6}
            y2={t.major ? height : axisHeight}
            className="stroke-slate-300"
            strokeDasharray={t.major ? undefined : '2 3'}
          />
          <text
            y={axisHeight - 11}
            textAnchor="middle"
            className={`text-[11px] ${t.major ? 'fill-slate-800 font-semibold' : 'fill-slate-600'}`}
          >
            {t.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={axisHeight} y2={axisHeight} className="stroke-slate-300" />
    </g>
  )
}
