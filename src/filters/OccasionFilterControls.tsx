import type { Occasion } from '../data/schema.ts'
import type { OccasionFilter } from './filterState.ts'

type OccasionFilterControlsProps = {
  occasions: readonly Occasion[]
  counts: ReadonlyMap<string, number>
  filter: OccasionFilter
  onToggle: (id: string) => void
  onAll: () => void
  onNone: () => void
}

const shortcut =
  'rounded px-2 py-0.5 text-sm font-medium text-blue-800 underline-offset-2 hover:underline disabled:text-slate-400 disabled:no-underline focus-visible:outline-2 focus-visible:outline-blue-700'

/** One toggle per occasion (its colour is the legend), with All / None shortcuts. */
export function OccasionFilterControls({
  occasions,
  counts,
  filter,
  onToggle,
  onAll,
  onNone,
}: OccasionFilterControlsProps) {
  const withEvents = occasions.filter((o) => (counts.get(o.id) ?? 0) > 0)
  return (
    <section aria-labelledby="filter-heading" className="space-y-2">
      <div className="flex items-baseline gap-2">
        <h2 id="filter-heading" className="text-sm font-semibold text-slate-900">
          Occasions
        </h2>
        <button
          type="button"
          className={shortcut}
          onClick={onAll}
          disabled={withEvents.every((o) => filter.has(o.id))}
        >
          All
        </button>
        <button
          type="button"
          className={shortcut}
          onClick={onNone}
          disabled={withEvents.every((o) => !filter.has(o.id))}
        >
          None
        </button>
      </div>
      <ul className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1 sm:flex-wrap sm:overflow-visible">
        {withEvents.map((o) => {
          const on = filter.has(o.id)
          return (
            <li key={o.id} className="shrink-0">
              <button
                type="button"
                aria-pressed={on}
                aria-label={`${o.label}, ${counts.get(o.id) ?? 0} events`}
                title={o.description}
                onClick={() => onToggle(o.id)}
                className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 ${
                  on
                    ? 'border-slate-300 bg-white text-slate-900 shadow-sm'
                    : 'border-dashed border-slate-300 bg-slate-100 text-slate-600'
                }`}
              >
                <span
                  aria-hidden
                  className="inline-block size-3 rounded-full border-2"
                  style={{ borderColor: o.colour, background: on ? o.colour : 'transparent' }}
                />
                <span>{o.label}</span>
                <span className="rounded-full bg-slate-200 px-1.5 text-xs tabular-nums text-slate-700">
                  {counts.get(o.id) ?? 0}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
