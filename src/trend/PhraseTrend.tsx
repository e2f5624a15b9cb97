import { scaleBand, scaleLinear } from 'd3-scale'
import { useId, useMemo, type KeyboardEvent } from 'react'
import type { IndexEvent } from '../data/indexFormat.ts'
import { formatNumber } from '../i18n/format.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { countByYear } from './phraseMatches.ts'
import type { PhraseState } from './usePhrase.ts'

type PhraseTrendProps = {
  phrase: string
  state: PhraseState
  /** The whole corpus: the trend counts every event whose text has the phrase. */
  events: readonly IndexEvent[]
  /** The corpus's years, first to last. */
  years: readonly number[]
  onPhrase: (text: string) => void
  /** Shows only that year's events (the bar's). */
  onYear: (year: number) => void
}

const W = 560
const H = 150
const M = { top: 12, right: 8, bottom: 22, left: 28 }

/** How many events a year contain a phrase: a small D3 bar chart whose bars filter to their events. */
export function PhraseTrend({ phrase, state, events, years, onPhrase, onYear }: PhraseTrendProps) {
  const id = useId()
  const matching = useMemo(
    () => (state.status === 'ready' ? events.filter((e) => state.matches.has(e.index)) : []),
    [events, state],
  )
  const counts = useMemo(
    () => (years.length > 0 ? countByYear(matching, years[0], years[years.length - 1]) : []),
    [matching, years],
  )
  const x = scaleBand<number>()
    .domain(counts.map((c) => c.year))
    .range([M.left, W - M.right])
    .padding(0.2)
  const max = Math.max(1, ...counts.map((c) => c.count))
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([H - M.bottom, M.top])
  const yTicks = y.ticks(Math.min(4, max))
  const total = matching.length
  const said = counts.map((c) => `${c.year}: ${formatNumber(c.count)}`).join(', ')
  const press = (year: number) => (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onYear(year)
    }
  }

  return (
    <section
      aria-labelledby={`${id}-h`}
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4"
    >
      <h2 id={`${id}-h`} className="text-sm font-semibold text-slate-900">
        {t('trend.heading')}
      </h2>
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
        <label htmlFor={`${id}-phrase`}>{t('trend.phrase')}</label>
        <input
          id={`${id}-phrase`}
          type="text"
          value={phrase}
          onChange={(e) => onPhrase(e.target.value)}
          placeholder={t('trend.placeholder')}
          className="h-9 min-w-48 flex-1 rounded-md border border-slate-300 bg-white px-3 text-sm text-slate-900 placeholder:text-slate-600 focus-visible:outline-2 focus-visible:outline-blue-700"
        />
      </div>
      {phrase.trim() === '' && <p className="text-sm text-slate-600">{t('trend.hint')}</p>}
      {state.status === 'loading' && <p role="status">{t('trend.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert">
          {/* The reason is the data layer's, in English: a lead in the page's language says what failed. */}
          {currentLang() === 'en' ? (
            <p>{state.message}</p>
          ) : (
            <>
              <p>{t('trend.loadError')}</p>
              <p lang="en">{state.message}</p>
            </>
          )}
        </div>
      )}
      {state.status === 'ready' && (
        <figure className="space-y-2">
          <svg
            viewBox={`0 0 ${W} ${H}`}
            className="h-auto w-full max-w-lg"
            role="group"
            aria-label={t('trend.chart', { phrase })}
          >
            {yTicks.map((tick) => (
              <g key={tick} transform={`translate(0,${y(tick)})`} aria-hidden>
                <line x1={M.left} x2={W - M.right} className="stroke-slate-200" />
                <text x={M.left - 6} dy="0.32em" textAnchor="end" className="fill-slate-600 text-[10px]">
                  {formatNumber(tick)}
                </text>
              </g>
            ))}
            {counts.map((c) => (
              <g
                key={c.year}
                role="button"
                tabIndex={0}
                aria-label={t('trend.bar', { year: String(c.year), count: c.count })}
                className="cursor-pointer outline-none [&:focus-visible>rect.bar]:stroke-blue-700 [&:focus-visible>rect.bar]:stroke-2"
                onClick={() => onYear(c.year)}
                onKeyDown={press(c.year)}
              >
                <rect
                  x={x(c.year)}
                  y={M.top}
                  width={x.bandwidth()}
                  height={H - M.bottom - M.top}
                  className="fill-transparent"
                />
                <rect
                  className="bar fill-blue-700 hover:fill-blue-800"
                  x={x(c.year)}
                  y={y(c.count)}
                  width={x.bandwidth()}
                  height={Math.max(0, H - M.bottom - y(c.count))}
                />
                <text
                  x={(x(c.year) ?? 0) + x.bandwidth() / 2}
                  y={H - 6}
                  textAnchor="middle"
                  className="fill-slate-700 text-[10px]"
                  aria-hidden
                >
                  {c.year}
                </text>
              </g>
            ))}
          </svg>
          <figcaption className="text-sm text-slate-700">
            {total === 0
              ? t('trend.none', { phrase })
              : t('trend.some', { phrase, count: total, years: said })}
          </figcaption>
        </figure>
      )}
    </section>
  )
}
