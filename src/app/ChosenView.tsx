import { lazy, Suspense, type ReactNode } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { t } from '../i18n/i18n.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import type { ViewState } from './urlState.ts'
import type { UpdateMode } from './useViewState.ts'

// The table and the comparison load when first chosen.
const TableView = lazy(() => import('../table/TableView.tsx').then((m) => ({ default: m.TableView })))
const CompareView = lazy(() => import('../compare/CompareView.tsx').then((m) => ({ default: m.CompareView })))

type ChosenViewProps = {
  corpus: CorpusIndex
  view: ViewState
  update: (change: Partial<ViewState>, mode?: UpdateMode) => void
  /** The events every filter leaves, and the silences among them. */
  shown: readonly IndexEvent[]
  silences: readonly Silence[]
  /** The corpus's years, first to last. */
  years: readonly number[]
  onOpen: (id: string) => void
  /** The axis and its list, composed by the page. */
  timeline: ReactNode
}

/** The view the reader chose: the timeline, the table or the year-by-year comparison, each caught by its own error boundary. */
export function ChosenView({
  corpus,
  view,
  update,
  shown,
  silences,
  years,
  onOpen,
  timeline,
}: ChosenViewProps) {
  return (
    <ErrorBoundary key={view.view}>
      {/* Measured for the Embed snippet's height: the view as tall as it is on screen. */}
      <div data-embed-view className="space-y-4">
        {view.view === 'timeline' && timeline}
        {view.view === 'table' && (
          <Suspense fallback={<p role="status">{t('app.loading.table')}</p>}>
            <TableView
              events={shown}
              corpus={corpus}
              selectedId={view.eventId}
              onOpen={onOpen}
              silences={silences}
              silencesOn={view.silences}
              onSilences={(on) => update({ silences: on })}
            />
          </Suspense>
        )}
        {view.view === 'compare' && (
          <Suspense fallback={<p role="status">{t('app.loading.compare')}</p>}>
            <CompareView
              corpus={corpus}
              events={shown}
              occasionIds={view.occasions}
              years={years}
              onOccasion={(id) => update({ occasions: new Set([id]) })}
              onOpen={onOpen}
            />
          </Suspense>
        )}
      </div>
    </ErrorBoundary>
  )
}
