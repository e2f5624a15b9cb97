import { useMemo } from 'react'
import type { IndexEvent, Inks } from '../data/indexFormat.ts'
import type { Occasion } from '../data/schema.ts'
import { formatLongDate } from '../data/dates.ts'
import { formatNumber, formatYear } from '../i18n/format.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Lang } from '../i18n/langs.ts'
import { visibleRange } from './visibleRange.ts'
import { useLinks } from '../ui/links.ts'
import { EventLink } from '../ui/EventLink.tsx'
import { isPlainClick } from '../ui/plainClick.ts'
import { Highlight } from '../ui/Highlight.tsx'
import { eventName, LANE_SHORT } from '../ui/labels.ts'
import { OccasionDot } from '../ui/OccasionDot.tsx'

/** A year's heading and an event's row, in px: the room a year is given before it is laid out. */
const YEAR_HEADING_PX = 28
const ROW_PX = 41

/**
 * The date's column, as wide as the language's dates need; on a phone a long date takes two
 * lines, balanced ("12 апреля / 2019 г.", not a lone "г." below).
 */
const DATE_COLUMN: Record<Lang, string> = {
  en: 'grid-cols-[6.5rem_1fr] sm:grid-cols-[7.5rem_1fr_auto]',
  ko: 'grid-cols-[7rem_1fr] sm:grid-cols-[7.5rem_1fr_auto]',
  ru: 'grid-cols-[6.5rem_1fr] sm:grid-cols-[9.5rem_1fr_auto]',
}

type EventListProps = {
  /** Filtered events, sorted by time. */
  events: readonly IndexEvent[]
  /** The time range the timeline shows; the list follows it. */
  range: readonly [number, number]
  occasionById: ReadonlyMap<string, Occasion>
  /** An occasion's colours in both themes. */
  inkOf: (occasion: string | null) => Inks
  selectedId: string | null
  onOpen: (id: string) => void
  /** Switches to the table, which lists every event. */
  onShowTable: () => void
  /** Most rows rendered at once: zooming in lists the rest. */
  limit?: number
}

/** The events in view as a list, year by year: a readable, keyboard-friendly twin of the axis. */
export function EventList({
  events,
  range,
  occasionById,
  inkOf,
  selectedId,
  onOpen,
  onShowTable,
  limit = 150,
}: EventListProps) {
  const links = useLinks()
  const times = useMemo(() => {
    const out = new Float64Array(events.length)
    for (let i = 0; i < events.length; i++) out[i] = events[i].time
    return out
  }, [events])
  const { from, to } = visibleRange(times, range[0], range[1])
  const inView = events.slice(from, Math.min(to, from + limit))
  const years = new Map<number, IndexEvent[]>()
  for (const e of inView) {
    const y = new Date(e.time).getUTCFullYear()
    const list = years.get(y)
    if (list) list.push(e)
    else years.set(y, [e])
  }
  return (
    <section aria-labelledby="list-heading" className="space-y-3">
      <h2 id="list-heading" className="text-sm font-semibold text-slate-900">
        {t('timeline.list.heading')}{' '}
        <span className="font-normal text-slate-600">({formatNumber(to - from)})</span>
      </h2>
      {to === from && <p className="text-sm text-slate-600">{t('timeline.list.none')}</p>}
      {[...years].map(([year, list]) => (
        // Below the axis, out of view at first: the browser lays a year out only once it nears
        // the screen (content-visibility), sized meanwhile by its rows, so the first layout of
        // the page is cheaper and nothing jumps.
        <div
          key={year}
          className="[content-visibility:auto]"
          style={{ containIntrinsicSize: `auto ${YEAR_HEADING_PX + list.length * ROW_PX}px` }}
        >
          <h3 className="sticky top-0 bg-slate-100/95 py-1 text-xs font-bold tracking-wide text-slate-600">
            {formatYear(Date.UTC(year, 0, 1))}
          </h3>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {list.map((e) => {
              const occasion = occasionById.get(e.occasion)
              return (
                <li key={e.id}>
                  <EventLink
                    id={e.id}
                    data-event-id={e.id}
                    aria-current={e.id === selectedId ? true : undefined}
                    aria-label={eventName(e, occasion?.label ?? e.occasion)}
                    onOpen={onOpen}
                    className={`grid w-full items-baseline gap-x-3 px-3 py-2 text-left hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-700 aria-[current=true]:bg-blue-50 ${DATE_COLUMN[currentLang()]}`}
                  >
                    <span className="text-sm text-balance text-slate-600 tabular-nums">
                      {formatLongDate(e.time)}
                    </span>
                    <span className="text-sm font-medium text-slate-900" lang={e.titleLang}>
                      <Highlight text={e.title} />
                    </span>
                    <span className="col-start-2 mt-0.5 flex items-center gap-1.5 text-xs text-slate-600 sm:col-start-3 sm:mt-0">
                      <OccasionDot inks={inkOf(e.occasion)} />
                      {occasion?.label} · {LANE_SHORT[e.lane]}
                    </span>
                  </EventLink>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
      {to - from > inView.length && (
        <MoreInView
          count={to - from - inView.length}
          href={`${links.base || './'}?view=table`}
          onShowTable={onShowTable}
        />
      )}
    </section>
  )
}

/** Where the link goes in the sentence around it (a character no message holds). */
const LINK = '\u{E000}'

/** "12 more events in view. Zoom in to list them, or see every event in the table.": one message, the link inside. */
function MoreInView({ count, href, onShowTable }: { count: number; href: string; onShowTable: () => void }) {
  const [before, after = ''] = t('timeline.list.more', { count, table: LINK }).split(LINK)
  return (
    <p className="text-sm text-slate-600">
      {before}
      <a
        href={href}
        onClick={(e) => {
          if (!isPlainClick(e)) return
          e.preventDefault()
          onShowTable()
        }}
        className="font-medium text-blue-800 underline underline-offset-2"
      >
        {t('timeline.list.table')}
      </a>
      {after}
    </p>
  )
}
