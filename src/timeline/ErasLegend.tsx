import { DAY_MS, formatRange } from '../data/dates.ts'
import type { TimedEra } from '../data/indexFormat.ts'
import { t } from '../i18n/i18n.ts'

/** The shaded periods named, with their dates (the canvas only shades them). */
export function ErasLegend({ eras }: { eras: readonly TimedEra[] }) {
  if (eras.length === 0) return null
  return (
    <ul
      aria-label={t('timeline.eras')}
      className="mt-1.5 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600"
    >
      {eras.map((era) => (
        <li key={era.id} title={era.description} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block h-3 w-4 border-t-2 border-amber-400 bg-amber-100" />
          {era.label}, {formatRange(era.startTime, era.endTime - DAY_MS)}
        </li>
      ))}
    </ul>
  )
}
