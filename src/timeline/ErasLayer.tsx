import { DAY_MS, formatLongDate } from '../data/dates.ts'
import type { TimedEra } from '../data/indexFormat.ts'
import type { TextStyle } from './measureLabel.ts'
import { ERA, INK_TOKENS } from './picture.ts'
import type { TimeScale } from './timeScale.ts'

type ErasLayerProps = {
  eras: readonly TimedEra[]
  /** The zoomed scale (ms to px). */
  x: TimeScale
  top: number
  height: number
  width: number
  /** A text's width, as the canvas measures it (an estimate on the server). */
  measure: (text: string, style: TextStyle) => number
}

const ERA_TEXT = { px: ERA.px, weight: ERA.weight }

/** Shaded periods behind the lanes, each named at its foot when the name fits the band (as drawBackdrop.ts draws them). */
export function ErasLayer({ eras, x, top, height, width, measure }: ErasLayerProps) {
  return (
    <g aria-hidden>
      {eras.map((era) => {
        const x0 = Math.max(0, x(era.startTime))
        const x1 = Math.min(width, x(era.endTime))
        if (x1 <= 0 || x0 >= width || x1 - x0 < 1) return null
        const fits = measure(era.label, ERA_TEXT) + 2 * ERA.inset <= x1 - x0
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
            <rect x={x0} y={top} width={x1 - x0} height={ERA.stripe} className={INK_TOKENS.eraStripe.fill} />
            {fits && (
              <text
                x={x0 + ERA.inset}
                y={top + height - ERA.foot}
                fontSize={ERA.px}
                fontWeight={ERA.weight}
                className={INK_TOKENS.eraText.fill}
              >
                {era.label}
              </text>
            )}
          </g>
        )
      })}
    </g>
  )
}
