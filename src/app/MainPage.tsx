import { Suspense, useCallback, useContext, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { useShortcuts } from '../shortcuts/useShortcuts.ts'
import { EventList } from '../timeline/EventList.tsx'
import { Timeline } from '../timeline/Timeline.tsx'
import { t } from '../i18n/i18n.ts'
import { HighlightContext } from '../ui/highlightContext.ts'
import { ChosenView } from './ChosenView.tsx'
import { corpusFacts } from './corpusFacts.ts'
import { FilterCard } from './FilterCard.tsx'
import { PanelSlot } from './PanelSlot.tsx'
import { StatusLine } from './StatusLine.tsx'
import { Toolbar } from './Toolbar.tsx'
import { useExplore } from './useExplore.ts'
import { useSilenceMarks } from './useSilenceMarks.ts'
import { PrerenderContext } from '../ui/hydration.ts'
import { usePanel } from './usePanel.ts'
import { useViewState } from './useViewState.ts'
import { useLinks } from '../ui/links.ts'
import { toolButton } from './Toolbar.tsx'
import { EmbedBar, EmbedButton, Notices, PhraseTrend, SearchNotes, ShortcutsDialog } from './later.ts'

type MainPageProps = { corpus: CorpusIndex }

const NO_EVENTS: IndexEvent[] = []

/** Search, filters, the chosen view (timeline, table or comparison) and the panel, wired to the URL. */
export function MainPage({ corpus }: MainPageProps) {
  const { view, update, notices, dismissNotices } = useViewState(corpus)
  const { occasionById, inkOf, domain, years } = useMemo(() => corpusFacts(corpus), [corpus])
  const { search, phrase, shown, silences, highlight, searchNote } = useExplore(corpus, view)
  const silenceMarks = useSilenceMarks(corpus, silences, view.silences, update)
  // The list renders just after the axis, which paints first (a prerendered page has both).
  const prerender = useContext(PrerenderContext)
  const listEvents = useDeferredValue(shown, prerender ? shown : NO_EVENTS)
  const [range, setRange] = useState<readonly [number, number]>(domain)
  const onViewSettled = useCallback((t0: number, t1: number) => setRange([t0, t1]), [])
  const [trendOpen, setTrendOpen] = useState(false)
  const [helpOpen, setHelpOpen] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const { open, close } = usePanel(view.eventId, update)

  // Inside another site's article (embed/): the view alone, under a bar that links to the site.
  const { embed = false } = useLinks()
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
          {embed && (
            <Suspense fallback={null}>
              <EmbedBar shown={shown.length} total={corpus.events.length} eventId={view.eventId} />
            </Suspense>
          )}
          {!embed && (
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
                  embed={
                    <Suspense
                      fallback={
                        <button type="button" className={toolButton} disabled>
                          {t('share.embed.button')}
                        </button>
                      }
                    >
                      <EmbedButton className={toolButton} view={view} corpus={corpus} />
                    </Suspense>
                  }
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
                (searchNote || search.status === 'error') && (
                  <Suspense fallback={null}>
                    <SearchNotes
                      q={view.q}
                      note={searchNote}
                      error={search.status === 'error' ? search.message : null}
                      onRetry={search.retry}
                      onClear={() => update({ q: '' })}
                    />
                  </Suspense>
                )
              }
            />
          )}
          {!embed && (trendOpen || view.phrase !== '') && (
            <Suspense fallback={<p className="text-sm text-slate-600">{t('app.loading.trend')}</p>}>
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
          <ChosenView
            corpus={corpus}
            view={view}
            update={update}
            shown={shown}
            silences={silences}
            years={years}
            onOpen={open}
            timeline={
              <>
                <Timeline
                  events={shown}
                  domain={domain}
                  eras={corpus.eras}
                  occasionById={occasionById}
                  inkOf={inkOf}
                  selected={selected}
                  onOpen={open}
                  silences={silenceMarks}
                  onViewSettled={onViewSettled}
                />
                {!embed && (
                  <EventList
                    events={listEvents}
                    range={range}
                    occasionById={occasionById}
                    inkOf={inkOf}
                    selectedId={view.eventId}
                    onOpen={open}
                    onShowTable={() => update({ view: 'table' })}
                  />
                )}
              </>
            }
          />
        </div>
        {selected && (
          <PanelSlot
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
