import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import {
  allOccasions,
  countByOccasion,
  filterEvents,
  noOccasions,
  statusLine,
  toggleOccasion,
} from '../filters/filterState.ts'
import { OccasionFilterControls } from '../filters/OccasionFilterControls.tsx'
import { EventList } from '../timeline/EventList.tsx'
import { ShapeLegend } from '../timeline/ShapeLegend.tsx'
import { corpusDomain } from '../timeline/corpusDomain.ts'
import { Timeline } from '../timeline/Timeline.tsx'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { useViewState } from './useViewState.ts'

// The panel is not needed until a click: its code loads on demand (or at once for a deep link).
// Notices appear only for a link with unknown parts: their code loads then.
const Notices = lazy(() => import('./Notices.tsx').then((m) => ({ default: m.Notices })))
const DetailPanel = lazy(() => import('../detail/DetailPanel.tsx').then((m) => ({ default: m.DetailPanel })))

type TimelinePageProps = { corpus: CorpusIndex }

const NO_EVENTS: IndexEvent[] = []

/** Filter, timeline, list and panel, wired to the URL. */
export function TimelinePage({ corpus }: TimelinePageProps) {
  const { view, update, notices, dismissNotices } = useViewState(corpus)
  const occasionIds = useMemo(() => corpus.occasions.map((o) => o.id), [corpus])
  const occasionById = useMemo(() => new Map(corpus.occasions.map((o) => [o.id, o])), [corpus])
  const counts = useMemo(() => countByOccasion(corpus.events), [corpus])
  const shown = useMemo(() => filterEvents(corpus.events, view.filter), [corpus, view.filter])
  const domain = useMemo(() => corpusDomain(corpus.events.map((e) => e.time)), [corpus])
  // The list below the axis renders just after it, so the axis paints first (and a filter
  // click repaints the axis before the list catches up).
  const listEvents = useDeferredValue(shown, NO_EVENTS)
  const [range, setRange] = useState<readonly [number, number]>(domain)
  const onViewSettled = useCallback((t0: number, t1: number) => setRange([t0, t1]), [])

  // Focus goes back where it came from when the panel closes.
  const opener = useRef<HTMLElement | null>(null)
  const open = (id: string) => {
    if (!view.eventId)
      opener.current =
        document.activeElement instanceof HTMLElement || document.activeElement instanceof SVGElement
          ? (document.activeElement as HTMLElement)
          : null
    update({ ...view, eventId: id })
  }
  const close = () => {
    const id = view.eventId
    update({ ...view, eventId: null })
    requestAnimationFrame(() => {
      const back = opener.current?.isConnected
        ? opener.current
        : document.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id ?? '')}"]`)
      back?.focus()
      opener.current = null
    })
  }

  const selected = view.eventId ? corpus.byId.get(view.eventId) : undefined
  const position = selected ? shown.indexOf(selected) : -1
  return (
    <main className="mx-auto max-w-[1600px] px-3 py-4 sm:px-4 lg:grid lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-4">
      <div className="min-w-0 space-y-4">
        {notices.length > 0 && (
          <Suspense fallback={null}>
            <Notices notices={notices} onDismiss={dismissNotices} />
          </Suspense>
        )}
        <div className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm sm:p-4">
          <OccasionFilterControls
            occasions={corpus.occasions}
            counts={counts}
            filter={view.filter}
            onToggle={(id) => update({ ...view, filter: toggleOccasion(view.filter, id) })}
            onAll={() => update({ ...view, filter: allOccasions(occasionIds) })}
            onNone={() => update({ ...view, filter: noOccasions() })}
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p role="status" className="text-sm font-medium text-slate-700">
              {statusLine(shown.length, corpus.events.length)}
            </p>
            <ShapeLegend />
          </div>
        </div>
        <Timeline
          events={shown}
          domain={domain}
          occasionById={occasionById}
          selected={selected}
          onOpen={open}
          onViewSettled={onViewSettled}
        />
        <EventList
          events={listEvents}
          range={range}
          occasionById={occasionById}
          selectedId={view.eventId}
          onOpen={open}
        />
      </div>
      {selected && (
        <ErrorBoundary key={selected.id} onClose={close}>
          <Suspense fallback={<PanelLoading />}>
            <DetailPanel
              event={selected}
              corpus={corpus}
              prevId={position > 0 ? shown[position - 1].id : null}
              nextId={position >= 0 && position < shown.length - 1 ? shown[position + 1].id : null}
              onOpen={open}
              onClose={close}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </main>
  )
}

function PanelLoading() {
  return (
    <p
      role="status"
      className="fixed inset-x-0 bottom-0 z-30 bg-white p-4 text-sm text-slate-600 shadow-2xl lg:static"
    >
      Opening…
    </p>
  )
}
