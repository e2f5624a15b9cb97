import { useEffect, useRef } from 'react'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { eventWords } from '../data/localize.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { DetailBody } from './DetailBody.tsx'
import { CopyCitation } from './CopyCitation.tsx'
import { EventFacts, EventKindLine, EventRelations } from './EventFacts.tsx'
import { useEventDetail } from './useEventDetail.ts'

type DetailPanelProps = {
  event: IndexEvent
  corpus: CorpusIndex
  /** Neighbours in the filtered, time-ordered list, for previous / next. */
  prevId: string | null
  nextId: string | null
  onOpen: (id: string) => void
  onClose: () => void
  /** Opens the year-by-year comparison of an occasion. */
  onCompare: (occasionId: string) => void
}

const navButton =
  'flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-blue-700'

/** Everything about one event; a side panel on wide screens, a full-width sheet on phones. */
export function DetailPanel({ event, corpus, prevId, nextId, onOpen, onClose, onCompare }: DetailPanelProps) {
  const { state, retry } = useEventDetail(event.id)
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The panel is keyed by event id, so this runs once per event shown.
  useEffect(() => headingRef.current?.focus(), [])

  const occasion = corpus.occasions.find((o) => o.id === event.occasion)
  const words = state.status === 'ready' ? eventWords(state.value, currentLang()) : undefined

  return (
    <aside
      aria-labelledby="detail-title"
      // Below the sticky header, whatever its real height (--header-h, kept by main.tsx).
      className="fixed inset-x-0 top-(--header-h) bottom-0 z-30 flex flex-col border-t border-slate-200 bg-white shadow-2xl lg:sticky lg:top-[calc(var(--header-h)+1rem)] lg:z-auto lg:h-[calc(100vh-var(--header-h)-2rem)] lg:rounded-xl lg:border lg:shadow-lg"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="flex items-start gap-3 border-b border-slate-200 p-4">
        <div className="min-w-0 flex-1 space-y-1">
          <EventKindLine event={event} corpus={corpus} />
          <h2
            id="detail-title"
            ref={headingRef}
            tabIndex={-1}
            // The index's title is the page's language's, or English where none is written.
            lang={event.titleLang}
            className="text-lg leading-snug font-semibold text-slate-950 outline-none [overflow-wrap:anywhere]"
          >
            {event.title}
          </h2>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label={t('detail.close')}
          title={t('detail.closeTitle')}
          className="rounded-md p-2 text-xl leading-none text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          <span aria-hidden>×</span>
        </button>
      </div>

      <div className="flex-1 space-y-5 overflow-y-auto p-4">
        <EventFacts
          event={event}
          corpus={corpus}
          dateNote={words?.dateNote}
          dateNoteLang={words?.dateNoteLang}
        />

        {state.status === 'loading' && (
          <p role="status" className="animate-pulse text-sm text-slate-600">
            {t('detail.loading')}
          </p>
        )}
        {state.status === 'error' && (
          <div
            role="alert"
            className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900"
          >
            {/* The reason is the data layer's, in English: a lead in the page's language says what failed. */}
            {currentLang() === 'en' ? (
              <p>{state.message}</p>
            ) : (
              <>
                <p>{t('detail.loadError')}</p>
                <p lang="en">{state.message}</p>
              </>
            )}
            <button
              type="button"
              onClick={retry}
              className="rounded-md bg-red-800 px-3 py-1.5 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800"
            >
              {t('detail.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' && (
          <>
            <DetailBody event={state.value} />
            <CopyCitation event={state.value} />
          </>
        )}

        <EventRelations
          event={event}
          corpus={corpus}
          onOpen={onOpen}
          compare={
            <button
              type="button"
              onClick={() => onCompare(event.occasion)}
              className="rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium text-blue-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              {occasion ? t('detail.compare', { occasion: occasion.label }) : t('detail.compareThis')}
            </button>
          }
        />
      </div>

      <div className="flex gap-2 border-t border-slate-200 p-3">
        <button
          type="button"
          className={navButton}
          disabled={!prevId}
          onClick={() => prevId && onOpen(prevId)}
        >
          {t('detail.previous')}
        </button>
        <button
          type="button"
          className={navButton}
          disabled={!nextId}
          onClick={() => nextId && onOpen(nextId)}
        >
          {t('detail.next')}
        </button>
      </div>
    </aside>
  )
}
