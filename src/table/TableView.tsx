import { useEffect, useMemo, useRef, useState } from 'react'
import { formatShortDate } from '../data/dates.ts'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { Highlight } from '../ui/Highlight.tsx'
import { eventName, LANE_SHORT, silenceLabel } from '../ui/labels.ts'
import { CONFIDENCE_LABEL, KIND_LABEL } from '../ui/recordLabels.ts'
import { columnOrder, sortRows, withSilences, type SortDir, type SortKey } from './sortRows.ts'
import { useScrollWindow } from './useScrollWindow.ts'
import { COLUMNS } from './columns.ts'
import { OccasionDot } from '../ui/OccasionDot.tsx'
import { AbsenceRow, ROW_H } from './AbsenceRow.tsx'

/** requestIdleCallback where there is one (not in Safari), else at once. */
const requestIdle = (fn: () => void) =>
  'requestIdleCallback' in window ? window.requestIdleCallback(() => fn()) : fn()

type TableViewProps = {
  /** The events every filter and the search leave, in time order. */
  events: readonly IndexEvent[]
  corpus: CorpusIndex
  selectedId: string | null
  onOpen: (id: string) => void
  /** Years with no message found, shown as rows marked as absences. */
  silences: readonly Silence[]
  /** Whether those rows are shown (the same switch as the axis's). */
  silencesOn: boolean
  onSilences: (on: boolean) => void
}

/** Rows are one line high, so the table can draw only those in view (virtualised). */

const HEAD_H = 40
const OVERSCAN = 10

/**
 * The filtered events as an accessible, sortable table. Only the rows in view (and a few
 * either side) are in the DOM, so it stays fluid at 100,000 events; aria-rowcount and
 * aria-rowindex tell assistive technology where each row sits.
 */
export function TableView({
  events,
  corpus,
  selectedId,
  onOpen,
  silences,
  silencesOn,
  onSilences,
}: TableViewProps) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'date', dir: 'ascending' })
  const rows = useMemo(
    () =>
      withSilences(sortRows(events, corpus, sort.key, sort.dir), silences, corpus, sort.key, sort.dir, (s) =>
        silenceLabel(s, corpus.occasions, corpus.people),
      ),
    [events, corpus, sort, silences],
  )
  const boxRef = useRef<HTMLDivElement>(null)
  const view = useScrollWindow(boxRef)

  // Each column's order costs up to a few hundred ms at 100,000 events the first time: work
  // them out while the reader looks at the table, so a click on a header only filters.
  useEffect(() => {
    const ids = COLUMNS.map((c, i) =>
      setTimeout(() => requestIdle(() => columnOrder(corpus, c.key)), 200 + i * 50),
    )
    return () => ids.forEach(clearTimeout)
  }, [corpus])

  // Performance marks for the benchmark: a sort is done when its rows are painted.
  useEffect(() => {
    const count = rows.length
    requestAnimationFrame(() => setTimeout(() => performance.mark('table-painted', { detail: count })))
  }, [rows])

  const first = Math.max(0, Math.floor((view.top - HEAD_H) / ROW_H) - OVERSCAN)
  const last = Math.min(rows.length, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN)
  const occasionOf = (e: IndexEvent) => corpus.occasions[e.occasionIndex]
  const onSort = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key && s.dir === 'ascending' ? 'descending' : 'ascending' }))

  return (
    <section aria-labelledby="table-heading" className="space-y-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="table-heading" className="text-sm font-semibold text-slate-900">
          {t('table.heading')}{' '}
          <span className="font-normal text-slate-600">
            {t('table.headingNote', { events: events.length, silences: silences.length })}
          </span>
        </h2>
        <label className="inline-flex items-center gap-1.5 text-sm text-slate-700">
          <input
            type="checkbox"
            checked={silencesOn}
            onChange={(e) => onSilences(e.target.checked)}
            className="size-3.5 accent-blue-700"
          />
          {t('table.silencesToggle')}
        </label>
      </div>
      <div
        ref={boxRef}
        className="max-h-[70vh] overflow-auto rounded-lg border border-slate-200 bg-white"
        data-testid="table-scroll"
      >
        <table
          aria-rowcount={rows.length + 1}
          className="w-full table-fixed border-collapse text-left text-sm"
        >
          <thead className="sticky top-0 z-10 bg-slate-100">
            <tr aria-rowindex={1} style={{ height: HEAD_H }}>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={`${c.width[currentLang()]} px-2 font-semibold text-slate-800`}
                  aria-sort={sort.key === c.key ? sort.dir : undefined}
                >
                  <button
                    type="button"
                    onClick={() => onSort(c.key)}
                    className="flex w-full items-center gap-1 rounded py-1 text-left hover:text-blue-800 focus-visible:outline-2 focus-visible:outline-blue-700"
                  >
                    {c.label()}
                    <span aria-hidden className="text-xs text-slate-600">
                      {sort.key === c.key ? (sort.dir === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 0 && <tr aria-hidden style={{ height: first * ROW_H }} />}
            {rows.slice(first, last).map((row, i) => {
              if (row.silence)
                return (
                  <AbsenceRow
                    key={row.silence.key}
                    silence={row.silence}
                    index={first + i + 2}
                    corpus={corpus}
                  />
                )
              const e = row.event
              const occasion = occasionOf(e)
              return (
                <tr
                  key={e.id}
                  aria-rowindex={first + i + 2}
                  aria-current={e.id === selectedId ? true : undefined}
                  onClick={() => onOpen(e.id)}
                  className="cursor-pointer border-t border-slate-200 hover:bg-slate-50 aria-[current=true]:bg-blue-50"
                  style={{ height: ROW_H }}
                >
                  <td className="truncate px-2 text-slate-700 tabular-nums">{formatShortDate(e.time)}</td>
                  <td className="truncate px-2 text-slate-700">{LANE_SHORT[e.lane]}</td>
                  <td className="truncate px-2 text-slate-700">
                    <OccasionDot inks={corpus.inks[e.occasionIndex]} className="mr-1.5" />
                    {occasion?.label ?? e.occasion}
                  </td>
                  <td className="truncate px-2 text-slate-700">{KIND_LABEL[e.kind]}</td>
                  <td className="truncate px-2">
                    <button
                      type="button"
                      data-event-id={e.id}
                      aria-label={eventName(e, occasion?.label ?? e.occasion)}
                      onClick={(ev) => {
                        ev.stopPropagation()
                        onOpen(e.id)
                      }}
                      className="max-w-full truncate text-left font-medium text-blue-800 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
                    >
                      <span lang={e.titleLang}>
                        <Highlight text={e.title} />
                      </span>
                    </button>
                  </td>
                  <td className="truncate px-2 text-slate-700">{CONFIDENCE_LABEL[e.confidence]}</td>
                  <td className="truncate px-2 text-slate-700">{e.publisher}</td>
                </tr>
              )
            })}
            {last < rows.length && <tr aria-hidden style={{ height: (rows.length - last) * ROW_H }} />}
          </tbody>
        </table>
      </div>
    </section>
  )
}
