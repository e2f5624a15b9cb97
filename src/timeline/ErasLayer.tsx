import { formatLongDate } from '../data/dates.ts'
import type { Era } from '../data/schema.ts'
import type { TimeScale } from './timeScale.ts'

type ErasLayerProps = {
  eras: readonly Era[]
  /** The zoomed scale (ms to px). */
  x: TimeScale
  top: number
  height: number
  width: number
}

const DAY_MS = 86_400_000
const LABEL_PX_PER_CHAR = 6.2
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

/** Shaded periods behind the lanes, each named at its foot when the name fits the band. */
export function ErasLayer({ eras, x, top, height, width }: ErasLayerProps) {
  return (
    <g aria-hidden>
      {eras.map((era) => {
        const x0 = Math.max(0, x(dayOf(era.start)))
        const x1 = Math.min(width, x(dayOf(era.end) + DAY_MS))
        if (x1 <= 0 || x0 >= width || x1 - x0 < 1) return null
        const fits = era.label.length * LABEL_PX_PER_CHAR + 12 <= x1 - x0
        return (
          <g key={era.id} data-era={era.id}>
            <title>{`${era.label}: ${formatLongDate(dayOf(era.start))} – ${formatLongDate(dayOf(era.end))}. ${era.description}`}</title>
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
