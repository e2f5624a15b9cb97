import { useId, useMemo, useState } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import { LANE_IDS, type CorpusIndex, type IndexEvent } from '../data/indexFormat.ts'
import { languageName } from '../ui/messageVersions.ts'
import { useAsync } from '../ui/useAsync.ts'
import { compareLanguages, rowYear, yearRows, type CompareLanguage } from './compareYears.ts'
import { YearRowView } from './YearRowView.tsx'

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

const select =
  'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700'

/** One occasion across the years: a row per year, a column per direction, changes marked. */
export function CompareView({ corpus, events, occasionIds, years, onOccasion, onOpen }: CompareViewProps) {
  const { state: records, retry } = useAsync('records', fetchRecords)
  const [showChanges, setShowChanges] = useState(true)
  const [lang, setLang] = useState<CompareLanguage>('summary')
  const pickId = useId()
  const langId = useId()

  const occasionId = occasionIds.size === 1 ? [...occasionIds][0] : null
  const occasion = corpus.occasions.find((o) => o.id === occasionId)
  const own = useMemo(() => events.filter((e) => e.occasion === occasionId), [events, occasionId])
  const lanes = LANE_IDS.filter((l) => l !== 'joint' || own.some((e) => e.lane === 'joint'))
  const ready = records.status === 'ready' ? records.value : null
  const languages = useMemo(() => (ready ? compareLanguages(own, ready) : []), [own, ready])
  const compared = lang === 'summary' || languages.includes(lang) ? lang : 'summary'
  const rows = useMemo(() => {
    if (!ready || years.length === 0) return []
    // A New Year message of late December belongs to the next year's row, which may lie past the corpus's last year.
    const first = Math.min(years[0], ...own.map((e) => rowYear(e, occasion)))
    const last = Math.max(years[years.length - 1], ...own.map((e) => rowYear(e, occasion)))
    return yearRows(own, ready, first, last, occasion, corpus.checked, compared)
  }, [own, ready, years, occasion, corpus.checked, compared])
  // A recurring occasion shows every year, so a missing message stands out; others show their years.
  const shownRows = occasion?.recurring ? rows : rows.filter((r) => r.cells.size > 0)

  return (
    <section
      aria-labelledby="compare-heading"
      className="space-y-3 rounded-xl border border-slate-200 bg-white p-3 sm:p-4"
    >
      <h2 id="compare-heading" className="text-base font-semibold text-slate-900">
        {occasion ? `${occasion.label}, year by year` : 'Compare an occasion year by year'}
      </h2>
      <div className="flex flex-wrap items-center gap-4 text-sm text-slate-800">
        <span className="flex flex-wrap items-center gap-2">
          <label htmlFor={pickId}>Occasion to compare</label>
          <select
            id={pickId}
            value={occasionId ?? ''}
            onChange={(e) => e.target.value && onOccasion(e.target.value)}
            className={select}
          >
            {!occasionId && <option value="">Choose…</option>}
            {corpus.occasions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
        {occasion && (
          <span className="flex flex-wrap items-center gap-2">
            <label htmlFor={langId}>Compare</label>
            <select id={langId} value={compared} onChange={(e) => setLang(e.target.value)} className={select}>
              <option value="summary">Our English summaries and quotes</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  The messages’ own words in {languageName(l)}
                </option>
              ))}
            </select>
          </span>
        )}
        <label className="flex items-center gap-2">
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
          <button type="button" className="underline" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {occasion && ready && (
        <>
          {showChanges && (
            <p className="text-xs text-slate-600" data-testid="compared-text">
              {compared === 'summary'
                ? 'Compared text: the full text where there is one, else the quotes and summary, in English.'
                : `Compared text: each message in ${languageName(compared)}, the original where there is one, else an official translation, else a news outlet’s; excerpts as published.`}{' '}
              <ins className="bg-emerald-100 text-emerald-950 no-underline">Added words</ins> and{' '}
              <del className="bg-red-100 text-red-950">removed words</del> are marked against the latest
              earlier year with a message in the same direction.
              {occasion.recurring && ' A message sent shortly before the day counts toward that year.'}
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
                records={ready}
                corpus={corpus}
                showChanges={showChanges}
                recurring={!!occasion.recurring}
                lang={compared}
                onOpen={onOpen}
              />
            ))}
          </div>
        </>
      )}
    </section>
  )
}
