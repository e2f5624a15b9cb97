import { useId } from 'react'
import { LANE_IDS, type Lane } from '../data/indexFormat.ts'
import type { EventKind } from '../data/schema.ts'
import { t } from '../i18n/i18n.ts'
import { LANE_LABEL } from '../ui/labels.ts'
import { KIND_LABEL } from '../ui/recordLabels.ts'
import { ToggleChip } from '../ui/ToggleChip.tsx'
import type { Filters } from './filterState.ts'
import { linkButton } from '../ui/styles.ts'
import { lastTwelveMonths, toInputValue } from './dateRange.ts'

type MoreFiltersProps = {
  filters: Filters
  laneCounts: ReadonlyMap<Lane, number>
  kinds: readonly EventKind[]
  kindCounts: ReadonlyMap<EventKind, number>
  /** The corpus's years, first to last, for the year preset. */
  years: readonly number[]
  onToggleLane: (lane: Lane) => void
  onToggleKind: (kind: EventKind) => void
  /** `typing`: the change came from a date field, so it replaces the history entry. */
  onDates: (from: string | null, to: string | null, typing?: boolean) => void
  /** Shown or hidden by MoreFiltersToggle. */
  open: boolean
  panelId: string
  className?: string
}

const group = 'flex flex-wrap items-center gap-1.5'
const field =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700'

/** Direction, kind and date range: the filters beside the occasions (a panel MoreFiltersToggle opens). */
export function MoreFilters({
  filters,
  laneCounts,
  kinds,
  kindCounts,
  years,
  onToggleLane,
  onToggleKind,
  onDates,
  open,
  panelId,
  className = '',
}: MoreFiltersProps) {
  const id = useId()
  const year = filters.from && filters.from === filters.to && /^\d{4}$/.test(filters.from) ? filters.from : ''
  return (
    <div id={panelId} hidden={!open} className={`flex flex-wrap gap-x-8 gap-y-3 ${className}`}>
      <section aria-labelledby={`${id}-lane`} className="space-y-1.5">
        <h2 id={`${id}-lane`} className="text-sm font-semibold text-slate-900">
          {t('filters.direction')}
        </h2>
        <ul className={group}>
          {LANE_IDS.map((lane) => (
            <li key={lane}>
              <ToggleChip
                label={LANE_LABEL[lane]}
                count={laneCounts.get(lane) ?? 0}
                on={filters.lanes.has(lane)}
                onToggle={() => onToggleLane(lane)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-kind`} className="space-y-1.5">
        <h2 id={`${id}-kind`} className="text-sm font-semibold text-slate-900">
          {t('filters.kind')}
        </h2>
        <ul className={group}>
          {kinds.map((kind) => (
            <li key={kind}>
              <ToggleChip
                label={KIND_LABEL[kind]}
                count={kindCounts.get(kind) ?? 0}
                on={filters.kinds.has(kind)}
                onToggle={() => onToggleKind(kind)}
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-dates`} className="space-y-1.5">
        <h2 id={`${id}-dates`} className="text-sm font-semibold text-slate-900">
          {t('filters.dates')}
        </h2>
        <div className={group}>
          <span className="inline-flex items-center gap-1.5">
            <label htmlFor={`${id}-from`} className="text-sm text-slate-700">
              {t('filters.from')}
            </label>
            <input
              id={`${id}-from`}
              type="date"
              className={field}
              value={toInputValue(filters.from, false)}
              onChange={(e) => onDates(e.target.value || null, filters.to, true)}
            />
          </span>
          <span className="inline-flex items-center gap-1.5">
            <label htmlFor={`${id}-to`} className="text-sm text-slate-700">
              {t('filters.to')}
            </label>
            <input
              id={`${id}-to`}
              type="date"
              className={field}
              value={toInputValue(filters.to, true)}
              onChange={(e) => onDates(filters.from, e.target.value || null, true)}
            />
          </span>
          <button
            type="button"
            className={linkButton}
            onClick={() => onDates(...lastTwelveMonths(new Date()))}
          >
            {t('filters.last12')}
          </button>
          <span className="inline-flex items-center gap-1.5">
            <label htmlFor={`${id}-year`} className="text-sm text-slate-700">
              {t('filters.year')}
            </label>
            <select
              id={`${id}-year`}
              className={field}
              value={year}
              onChange={(e) => onDates(e.target.value || null, e.target.value || null)}
            >
              <option value="">{t('filters.anyYear')}</option>
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className={linkButton}
            disabled={!filters.from && !filters.to}
            onClick={() => onDates(null, null)}
          >
            {t('filters.anyDate')}
          </button>
        </div>
      </section>
    </div>
  )
}
