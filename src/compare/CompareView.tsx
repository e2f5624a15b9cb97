import { diffWords } from 'diff'
import { useCallback, useEffect, useId, useMemo, useState } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import { formatLongDate } from '../data/dates.ts'
import { LANE_IDS, type CorpusIndex, type IndexEvent, type Lane } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'
import { Highlight } from '../ui/Highlight.tsx'
import { eventName, KIND_LABEL, LANE_LABEL } from '../ui/labels.ts'
import { QuoteText } from '../ui/QuoteText.tsx'
import { previousCell, yearRows, type YearRow } from './compareYears.ts'

type CompareViewProps = {
  corpus: CorpusIndex
  /** The events every filter leaves, in time order. */
  events: readonly IndexEvent[]
  /** The occasion filter: the comparison needs exactly one. */
  occasionIds: ReadonlySet<string>
  /** The corpus's years, first to last. */
  years: readonly number[]
  onOccasion: (id: string) => void
  onOpen: (id: string) => void
}

type Records =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; records: Map<string, Event> }

/** One occasion across the years: a row per year, a column per direction, changes marked. */
export function CompareView({ corpus, events, occasionIds, years, onOccasion, onOpen }: CompareViewProps) {
  const [records, setRecords] = useState<Records>({ status: 'loading' })
  const [showChanges, setShowChanges] = useState(true)
  const pickId = useId()
  const load = useCallback((report: (r: Records) => void) => {
    fetchRecords().then(
      (r) => report({ status: 'ready', records: r }),
      (e: unknown) => report({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    )
  }, [])
  useEffect(() => {
    let live = true
    load((r) => live && setRecords(r))
    return () => {
      live = false
    }
  }, [load])

  const occasionId = occasionIds.size === 1 ? [...occasionIds][0] : null
  const occasion = corpus.occasions.find((o) => o.id === occasionId)
  const own = useMemo(() => events.filter((e) => e.occasion === occasionId), [events, occasionId])
  const lanes = LANE_IDS.filter((l) => l !== 'joint' || own.some((e) => e.lane === 'joint'))
  const rows = useMemo(
    () =>
      records.status === 'ready' && years.length > 0
        ? yearRows(own, records.records, years[0], years[years.length - 1])
        : [],
    [own, records, years],
  )
  // A recurring occasion shows every year, so a missing message stands out; others show their years.
  const shownRows = occasion?.recurring ? rows : rows.filter((r) => r.cells.size > 0)

  const picker = (
    <span className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
      <label htmlFor={pickId}>Occasion to compare</label>
      <select
        id={pickId}
        value={occasionId ?? ''}
        onChange={(e) => e.target.value && onOccasion(e.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        {!occasionId && <option value="">Choose…</option>}
        {corpus.occasions.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  )

  return (
    <section
      aria-labelledby="compare-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4"
    >
      <h2 id="compare-heading" className="text-base font-semibold text-slate-900">
        {occasion ? `${occasion.label}, year by year` : 'Compare an occasion year by year'}
      </h2>
      <div className="flex flex-wrap items-center gap-4">
        {picker}
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" checked={showChanges} onChange={(e) => setShowChanges(e.target.checked)} />
          Mark what changed from the year before
        </label>
      </div>
      {!occasion && (
        <p className="text-sm text-slate-700">
          Choose one occasion to see its messages side by side, each direction apart, with the words added and
          removed since the year before.
        </p>
      )}
      {occasion && records.status === 'loading' && <p role="status">Loading the messages…</p>}
      {occasion && records.status === 'error' && (
        <div role="alert" className="text-sm text-red-900">
          {records.message}{' '}
          <button
            type="button"
            className="underline"
            onClick={() => {
              setRecords({ status: 'loading' })
              load(setRecords)
            }}
          >
            Try again
          </button>
        </div>
      )}
      {occasion && records.status === 'ready' && (
        <>
          {showChanges && (
            <p className="text-xs text-slate-600">
              Compared text: the full text where there is one, else the quotes and summary.{' '}
              <ins className="bg-emerald-100 text-emerald-950 no-underline">Added words</ins> and{' '}
              <del className="bg-red-100 text-red-950">removed words</del> are marked against the latest
              earlier year with a message in the same direction.
            </p>
          )}
          {shownRows.length === 0 && (
            <p className="text-sm text-slate-700">No {occasion.label} events match the filters.</p>
          )}
          <div className="space-y-3">
            {shownRows.map((row) => (
              <YearRowView
                key={row.year}
                row={row}
                rows={rows}
                lanes={lanes}
                records={records.records}
                corpus={corpus}
                showChanges={showChanges}
                recurring={!!occasion.recurring}
                onOpen={onOpen}
              />
            ))}
          </div>
        </>
      )}
    </section>
  )
}

type YearRowViewProps = {
  row: YearRow
  rows: readonly YearRow[]
  lanes: readonly Lane[]
  records: ReadonlyMap<string, Event>
  corpus: CorpusIndex
  showChanges: boolean
  recurring: boolean
  onOpen: (id: string) => void
}

function YearRowView({
  row,
  rows,
  lanes,
  records,
  corpus,
  showChanges,
  recurring,
  onOpen,
}: YearRowViewProps) {
  const index = rows.indexOf(row)
  return (
    <section aria-labelledby={`year-${row.year}`} className="rounded-lg border border-slate-200">
      <h3
        id={`year-${row.year}`}
        className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm font-bold text-slate-800"
      >
        {row.year}
      </h3>
      <div className={`grid gap-px bg-slate-200 ${lanes.length === 3 ? 'md:grid-cols-3' : 'md:grid-cols-2'}`}>
        {lanes.map((lane) => {
          const cell = row.cells.get(lane)
          const prev = previousCell(rows, index, lane)
          return (
            <div key={lane} className="space-y-2 bg-white p-3" data-lane={lane}>
              <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {LANE_LABEL[lane]}
              </p>
              {!cell ? (
                <p className="text-sm text-slate-600 italic">
                  {recurring ? `No message found for ${row.year}` : '—'}
                </p>
              ) : (
                <>
                  {cell.events.map((e) => (
                    <Message
                      key={e.id}
                      event={e}
                      record={records.get(e.id)}
                      corpus={corpus}
                      onOpen={onOpen}
                    />
                  ))}
                  {showChanges && (
                    <div className="rounded-md bg-slate-50 p-2">
                      <p className="mb-1 text-xs font-semibold text-slate-700">
                        {prev ? `Changes from ${prev.year}` : 'The first in this comparison'}
                      </p>
                      {prev ? (
                        <Changes from={prev.cells.get(lane)?.text ?? ''} to={cell.text} />
                      ) : (
                        <p className="text-sm whitespace-pre-line text-slate-800">{cell.text}</p>
                      )}
                    </div>
                  )}
                </>
              )}
            </div>
          )
        })}
      </div>
    </section>
  )
}

function Message({
  event,
  record,
  corpus,
  onOpen,
}: {
  event: IndexEvent
  record: Event | undefined
  corpus: CorpusIndex
  onOpen: (id: string) => void
}) {
  const occasion = corpus.occasions[event.occasionIndex]
  return (
    <article className="space-y-1 text-sm">
      <p className="text-xs text-slate-600">
        {formatLongDate(event.time)} · {KIND_LABEL[event.kind]}
      </p>
      <button
        type="button"
        data-event-id={event.id}
        aria-label={eventName(event, occasion?.label ?? event.occasion)}
        onClick={() => onOpen(event.id)}
        className="text-left font-medium text-blue-800 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <Highlight text={event.title} />
      </button>
      {record && (
        <>
          <p className="text-slate-800">
            <Highlight text={record.summary} />
          </p>
          {record.quotes.map((q, i) => (
            <QuoteText key={i} quote={q} />
          ))}
          {record.body && (
            <details className="text-slate-800">
              <summary className="cursor-pointer text-xs font-medium text-blue-800">
                {record.bodyKind === 'report' ? 'Article reporting the message' : 'Full text'}
              </summary>
              <div className="mt-1 space-y-2 font-serif">
                {record.body.map((p, i) => (
                  <p key={i}>
                    <Highlight text={p} />
                  </p>
                ))}
              </div>
            </details>
          )}
        </>
      )}
    </article>
  )
}

/** The words added to and removed from `from` to make `to`, as <ins> and <del> (text only). */
function Changes({ from, to }: { from: string; to: string }) {
  const parts = useMemo(() => diffWords(from, to), [from, to])
  return (
    <p className="text-sm leading-relaxed whitespace-pre-line text-slate-800" data-testid="changes">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-emerald-100 text-emerald-950 no-underline">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100 text-red-950">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  )
}
