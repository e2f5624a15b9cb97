import { lazy, Suspense, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { countBy, toggle } from '../filters/filterState.ts'
import { MoreFiltersToggle } from '../filters/MoreFiltersToggle.tsx'
import { OccasionFilterControls } from '../filters/OccasionFilterControls.tsx'
import { formatNumber } from '../i18n/format.ts'
import { t } from '../i18n/i18n.ts'
import type { UpdateMode } from './useViewState.ts'
import type { ViewState } from './urlState.ts'

// Direction, kind and dates: a closed panel on the first view, so its code loads on its own
// (the prerendered page has its HTML already).
const MoreFilters = lazy(() => import('../filters/MoreFilters.tsx').then((m) => ({ default: m.MoreFilters })))

type FilterCardProps = {
  corpus: CorpusIndex
  view: ViewState
  shown: readonly IndexEvent[]
  years: readonly number[]
  update: (change: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>), mode?: UpdateMode) => void
  /** The search and view controls, at the top. */
  toolbar: ReactNode
  /** The status line (always in sight, on phones too). */
  status: ReactNode
  /** Notes under it (what the search found). */
  notes: ReactNode
}

const sheetButton =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700'

/**
 * The filters. On wide screens they sit in the card; on phones a "Filters" button opens them
 * as a full-screen sheet where every occasion and filter is in reach, while the "Showing N of
 * M" line stays on the page.
 */
export function FilterCard({ corpus, view, shown, years, update, toolbar, status, notes }: FilterCardProps) {
  const id = useId()
  const [counts] = useState(() => ({
    occasion: countBy(corpus.events, 'occasion'),
    lane: countBy(corpus.events, 'lane'),
    kind: countBy(corpus.events, 'kind'),
  }))
  const [inks] = useState(() => Object.fromEntries(corpus.occasions.map((o, i) => [o.id, corpus.inks[i]])))
  const active =
    (view.lanes.size < 3 ? 1 : 0) +
    (view.kinds.size < corpus.kinds.length ? 1 : 0) +
    (view.from || view.to ? 1 : 0)
  const [expanded, setExpanded] = useState(active > 0)
  const [sheet, setSheet] = useState(false)
  const sheetRef = useRef<HTMLDivElement>(null)
  const opener = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!sheet) return
    sheetRef.current?.querySelector<HTMLElement>('h2, button')?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return
      e.preventDefault()
      e.stopPropagation()
      setSheet(false)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [sheet])
  // Closing the sheet puts focus back on the button that opened it (not on first render).
  const wasOpen = useRef(false)
  useEffect(() => {
    if (wasOpen.current && !sheet) opener.current?.focus({ preventScroll: true })
    wasOpen.current = sheet
  }, [sheet])

  const occasionsOff = corpus.occasions.filter(
    (o) => (counts.occasion.get(o.id) ?? 0) > 0 && !view.occasions.has(o.id),
  )
  return (
    <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
      {toolbar}
      <div
        ref={sheetRef}
        {...(sheet ? { role: 'dialog', 'aria-modal': true, 'aria-labelledby': `${id}-sheet` } : {})}
        className={
          sheet
            ? 'fixed inset-0 z-50 flex flex-col gap-4 overflow-y-auto bg-white p-4 sm:contents'
            : 'hidden sm:contents'
        }
      >
        {sheet && (
          <div className="flex items-center justify-between sm:hidden">
            <h2
              id={`${id}-sheet`}
              tabIndex={-1}
              className="text-base font-semibold text-slate-900 outline-none"
            >
              {t('app.filters.title')}
            </h2>
            <button type="button" className={sheetButton} onClick={() => setSheet(false)}>
              {t('app.filters.done')}
            </button>
          </div>
        )}
        <div className="sm:order-1">
          <OccasionFilterControls
            occasions={corpus.occasions}
            inks={inks}
            counts={counts.occasion}
            shown={view.occasions}
            onToggle={(o) => update((v) => ({ occasions: toggle(v.occasions, o) }))}
            onAll={() => update({ occasions: new Set(corpus.occasions.map((o) => o.id)) })}
            onNone={() => update({ occasions: new Set() })}
          />
        </div>
        <Suspense fallback={<div id={`${id}-more`} hidden className="sm:order-3" />}>
          <MoreFilters
            panelId={`${id}-more`}
            open={expanded || sheet}
            className="sm:order-3"
            filters={view}
            laneCounts={counts.lane}
            kinds={corpus.kinds}
            kindCounts={counts.kind}
            years={years}
            onToggleLane={(lane) => update((v) => ({ lanes: toggle(v.lanes, lane) }))}
            onToggleKind={(kind) => update((v) => ({ kinds: toggle(v.kinds, kind) }))}
            onDates={(from, to, typing) => update({ from, to }, typing ? 'replace' : 'push')}
          />
        </Suspense>
        {sheet && (
          <div className="sticky bottom-0 -mx-4 -mb-4 mt-auto border-t border-slate-200 bg-white p-4 sm:hidden">
            <button
              type="button"
              className="w-full rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
              onClick={() => setSheet(false)}
            >
              {t('app.filters.show', { shown: formatNumber(shown.length), total: corpus.events.length })}
            </button>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 sm:order-2">
        <button
          ref={opener}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={sheet}
          onClick={() => setSheet(true)}
          className={`${sheetButton} sm:hidden`}
        >
          {t('app.filters.title')}
          {(occasionsOff.length > 0 || active > 0) && (
            <span className="ml-1 font-normal text-slate-600">
              {t('app.filters.set', { count: formatNumber(occasionsOff.length + active) })}
            </span>
          )}
        </button>
        <MoreFiltersToggle
          open={expanded}
          panelId={`${id}-more`}
          active={active}
          onToggle={() => setExpanded((o) => !o)}
          className="hidden sm:inline-flex"
        />
        {status}
      </div>
      <div className="empty:hidden sm:order-4">{notes}</div>
    </div>
  )
}
