import { lazy, Suspense, useCallback, useContext, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { filterEvents, filterSilences } from '../filters/filterState.ts'
import { useSearch } from '../search/useSearch.ts'
import { useShortcuts } from '../shortcuts/useShortcuts.ts'
import { corpusDomain } from '../timeline/corpusDomain.ts'
import { EventList } from '../timeline/EventList.tsx'
import { Timeline } from '../timeline/Timeline.tsx'
import { usePhrase } from '../trend/usePhrase.ts'
import { HighlightContext } from '../ui/highlightContext.ts'
import { termPattern } from '../ui/highlight.ts'
import { silenceLabel } from '../ui/labels.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { FilterCard } from './FilterCard.tsx'
import { SearchNotes } from './SearchNotes.tsx'
import { StatusLine } from './StatusLine.tsx'
import { Toolbar } from './Toolbar.tsx'
import { PrerenderContext } from '../ui/hydration.ts'
import { useViewState } from './useViewState.ts'

// What is not needed for the first paint loads when it is first used.
const Notices = lazy(() => import('./Notices.tsx').then((m) => ({ default: m.Notices })))
const DetailPanel = lazy(() => import('../detail/DetailPanel.tsx').then((m) => ({ default: m.DetailPanel })))
const TableView = lazy(() => import('../table/TableView.tsx').then((m) => ({ default: m.TableView })))
const CompareView = lazy(() => import('../compare/CompareView.tsx').then((m) => ({ default: m.CompareView })))
const PhraseTrend = lazy(() => import('../trend/PhraseTrend.tsx').then((m) => ({ default: m.PhraseTrend })))
const ShortcutsDialog = lazy(() =>
  import('../shortcuts/ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })),
)

type MainPageProps = { corpus: CorpusIndex }

const NO_EVENTS: IndexEvent[] = []
const NO_SILENCES: Silence[] = []

/** Search, filters, the chosen view (timeline, table or comparison) and the panel, wired to the URL. */
export function MainPage({ corpus }: MainPageProps) {
  const { view, update, notices, dismissNotices } = useViewState(corpus)
  const occasionById = useMemo(() => new Map(corpus.occasions.map((o) => [o.id, o])), [corpus])
  const domain = useMemo(() => corpusDomain(corpus.events.map((e) => e.time)), [corpus])
  const years = useMemo(() => {
    const first = new Date(corpus.events[0]?.time ?? 0).getUTCFullYear()
    const last = new Date(corpus.events.at(-1)?.time ?? 0).getUTCFullYear()
    return Array.from({ length: last - first + 1 }, (_, i) => first + i)
  }, [corpus])

  // Typing stays responsive: the search and the phrase apply a moment later at 100,000 events.
  const q = useDeferredValue(view.q)
  const search = useSearch(q)
  const phrase = usePhrase(corpus.events, useDeferredValue(view.phrase))
  const matches = useMemo(() => {
    const sets = [
      search.status === 'ready' ? search.result.matches : null,
      phrase.status === 'ready' ? phrase.matches : null,
    ].filter((s): s is Set<number> => s !== null)
    if (sets.length === 0) return null
    if (sets.length === 1) return sets[0]
    return new Set([...sets[0]].filter((i) => sets[1].has(i)))
  }, [search, phrase])
  const shown = useMemo(() => filterEvents(corpus.events, view, matches), [corpus, view, matches])
  const silences = useMemo(
    () => (view.silences ? filterSilences(corpus.silences, view, matches !== null) : NO_SILENCES),
    [corpus, view, matches],
  )
  const silenceName = useCallback((s: Silence) => silenceLabel(s, corpus.occasions, corpus.people), [corpus])
  const compareSilence = useCallback(
    (s: Silence) => update({ view: 'compare', occasions: new Set([s.occasion]), eventId: null }),
    [update],
  )
  const highlight = useMemo(() => termPattern(search.status === 'ready' ? search.result.terms : []), [search])
  // The list below the axis renders just after it, so the axis paints first; a prerendered page
  // has it in its HTML already.
  const prerender = useContext(PrerenderContext)
  const listEvents = useDeferredValue(shown, prerender ? shown : NO_EVENTS)
  const [range, setRange] = useState<readonly [number, number]>(domain)
  const onViewSettled = useCallback((t0: number, t1: number) => setRange([t0, t1]), [])
  const [trendOpen, setTrendOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)

  const searchRef = useRef<HTMLInputElement>(null)
  // Focus goes back where it came from when the panel closes.
  const opener = useRef<HTMLElement | SVGElement | null>(null)
  const open = useCallback(
    (id: string) => {
      const active = document.activeElement
      // Marks on the axis are SVG elements: focusable too.
      if (!view.eventId)
        opener.current = active instanceof HTMLElement || active instanceof SVGElement ? active : null
      update({ eventId: id })
    },
    [update, view.eventId],
  )
  const close = useCallback(() => {
    const id = view.eventId
    update({ eventId: null })
    requestAnimationFrame(() => {
      const back = opener.current?.isConnected
        ? opener.current
        : document.querySelector<HTMLElement | SVGElement>(`[data-event-id="${CSS.escape(id ?? '')}"]`)
      back?.focus()
      opener.current = null
    })
  }, [update, view.eventId])

  const selected = view.eventId ? corpus.byId.get(view.eventId) : undefined
  const position = selected ? shown.indexOf(selected) : -1
  useShortcuts({
    shown,
    position,
    panelOpen: !!selected,
    onOpen: open,
    onClose: close,
    onHelp: () => setHelpOpen(true),
    onSearch: () => searchRef.current?.focus(),
  })

  const searchNote =
    search.status === 'ready' && search.result.matches.size === 0
      ? ('none' as const)
      : search.status === 'ready' && shown.length === 0
        ? ('hidden' as const)
        : null

  return (
    <HighlightContext.Provider value={highlight}>
      <main
        className={`mx-auto max-w-[1600px] px-3 py-4 sm:px-4 ${selected ? 'lg:grid lg:grid-cols-[minmax(0,1fr)_26rem] lg:gap-4 xl:grid-cols-[minmax(0,1fr)_36rem] 2xl:grid-cols-[minmax(0,1fr)_44rem]' : ''}`}
      >
        <div className="min-w-0 space-y-4">
          {notices.length > 0 && (
            <Suspense fallback={null}>
              <Notices notices={notices} onDismiss={dismissNotices} />
            </Suspense>
          )}
          <FilterCard
            corpus={corpus}
            view={view}
            shown={shown}
            years={years}
            update={update}
            toolbar={
              <Toolbar
                q={view.q}
                view={view.view}
                trendOpen={trendOpen || view.phrase !== ''}
                onSearch={(text) => update({ q: text }, 'replace')}
                onView={(v) => update({ view: v })}
                onTrend={() => {
                  const opening = !(trendOpen || view.phrase !== '')
                  setTrendOpen(opening)
                  if (!opening && view.phrase) update({ phrase: '' })
                }}
                onHelp={() => setHelpOpen(true)}
                searchRef={searchRef}
              />
            }
            status={
              <StatusLine
                shown={shown}
                total={corpus.events.length}
                searching={search.status === 'loading'}
                corpus={corpus}
                silences={silences}
              />
            }
            notes={
              <SearchNotes
                q={view.q}
                note={searchNote}
                error={search.status === 'error' ? search.message : null}
                onRetry={search.retry}
                onClear={() => update({ q: '' })}
              />
            }
          />
          {(trendOpen || view.phrase !== '') && (
            <Suspense fallback={<p className="text-sm text-slate-600">Loading the phrase trend…</p>}>
              <PhraseTrend
                phrase={view.phrase}
                state={phrase}
                events={corpus.events}
                years={years}
                onPhrase={(text) => update({ phrase: text }, 'replace')}
                onYear={(year) => update({ from: String(year), to: String(year) })}
              />
            </Suspense>
          )}
          <ErrorBoundary key={view.view}>
            {view.view === 'timeline' && (
              <>
                <Timeline
                  events={shown}
                  domain={domain}
                  eras={corpus.eras}
                  occasionById={occasionById}
                  selected={selected}
                  onOpen={open}
                  silences={silences}
                  silenceName={silenceName}
                  onSilence={compareSilence}
                  silencesOn={view.silences}
                  onSilencesOn={(on) => update({ silences: on })}
                  onViewSettled={onViewSettled}
                />
                <EventList
                  events={listEvents}
                  range={range}
                  occasionById={occasionById}
                  selectedId={view.eventId}
                  onOpen={open}
                  onShowTable={() => update({ view: 'table' })}
                />
              </>
            )}
            {view.view === 'table' && (
              <Suspense fallback={<p role="status">Loading the table…</p>}>
                <TableView
                  events={shown}
                  corpus={corpus}
                  selectedId={view.eventId}
                  onOpen={open}
                  silences={silences}
                  silencesOn={view.silences}
                  onSilences={(on) => update({ silences: on })}
                />
              </Suspense>
            )}
            {view.view === 'compare' && (
              <Suspense fallback={<p role="status">Loading the comparison…</p>}>
                <CompareView
                  corpus={corpus}
                  events={shown}
                  occasionIds={view.occasions}
                  years={years}
                  onOccasion={(id) => update({ occasions: new Set([id]) })}
                  onOpen={open}
                />
              </Suspense>
            )}
          </ErrorBoundary>
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
                onCompare={(occasion) =>
                  update({ view: 'compare', occasions: new Set([occasion]), eventId: null })
                }
              />
            </Suspense>
          </ErrorBoundary>
        )}
        {helpOpen && (
          <Suspense fallback={null}>
            <ShortcutsDialog onClose={() => setHelpOpen(false)} />
          </Suspense>
        )}
      </main>
    </HighlightContext.Provider>
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
