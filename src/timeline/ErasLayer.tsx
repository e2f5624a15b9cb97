import { DAY_MS, formatLongDate } from '../data/dates.ts'
import type { TimedEra } from '../data/indexFormat.ts'
import type { TimeScale } from './timeScale.ts'

type ErasLayerProps = {
  eras: readonly TimedEra[]
  /** The zoomed scale (ms to px). */
  x: TimeScale
  top: number
  height: number
  width: number
}

const LABEL_PX_PER_CHAR = 6.2

/** Shaded periods behind the lanes, each named at its foot when the name fits the band. */
export function ErasLayer({ eras, x, top, height, width }: ErasLayerProps) {
  return (
    <g aria-hidden>
      {eras.map((era) => {
        const x0 = Math.max(0, x(era.startTime))
        const x1 = Math.min(width, x(era.endTime))
        if (x1 <= 0 || x0 >= width || x1 - x0 < 1) return null
        const fits = era.label.length * LABEL_PX_PER_CHAR + 12 <= x1 - x0
        return (
          <g key={era.id} data-era={era.id}>
            <title>{`${era.label}: ${formatLongDate(era.startTime)} – ${formatLongDate(era.endTime - DAY_MS)}. ${era.description}`}</title>
            <rect
              x={x0}
              y={top}
              width={x1 - x0}
              height={height}
              className="fill-amber-100/50 dark:fill-amber-500/15"
            />
            <rect x={x0} y={top} width={x1 - x0} height={3} className="fill-amber-400" />
            {fits && (
              <text x={x0 + 6} y={top + height - 6} className="fill-amber-900 text-[11px] font-medium">
                {era.label}
              </text>
            )}
          </g>
        )
      })}
    </g>
  )
}
