import type { Inks } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'
import { ToggleChip } from '../ui/ToggleChip.tsx'
import { linkButton } from '../ui/styles.ts'

type OccasionFilterControlsProps = {
  occasions: readonly Occasion[]
  /** Each occasion's colour in both themes, by id. */
  inks: Readonly<Record<string, Inks>>
  counts: ReadonlyMap<string, number>
  shown: ReadonlySet<string>
  onToggle: (id: string) => void
  onAll: () => void
  onNone: () => void
}

/** One toggle per occasion (its colour is the legend), with All / None shortcuts. */
export function OccasionFilterControls({
  occasions,
  inks,
  counts,
  shown,
  onToggle,
  onAll,
  onNone,
}: OccasionFilterControlsProps) {
  const withEvents = occasions.filter((o) => (counts.get(o.id) ?? 0) > 0)
  return (
    <section aria-labelledby="filter-heading" className="space-y-2">
      <div className="flex items-baseline gap-2">
        <h2 id="filter-heading" className="text-sm font-semibold text-slate-900">
          {t('filters.occasions')}
        </h2>
        <button
          type="button"
          className={linkButton}
          onClick={onAll}
          disabled={withEvents.every((o) => shown.has(o.id))}
        >
          {t('filters.all')}
        </button>
        <button
          type="button"
          className={linkButton}
          onClick={onNone}
          disabled={withEvents.every((o) => !shown.has(o.id))}
        >
          {t('filters.none')}
        </button>
      </div>
      <ul className="flex flex-wrap gap-1.5">
        {withEvents.map((o) => (
          <li key={o.id}>
            <ToggleChip
              label={o.label}
              count={counts.get(o.id) ?? 0}
              on={shown.has(o.id)}
              onToggle={() => onToggle(o.id)}
              inks={inks[o.id]}
              title={o.description}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
