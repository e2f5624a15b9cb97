import { useId, useMemo, useState } from 'react'
import { fetchRecords } from '../data/corpus.ts'
import { LANE_IDS, type CorpusIndex, type IndexEvent } from '../data/indexFormat.ts'
import { t } from '../i18n/i18n.ts'
import { useAsync } from '../ui/useAsync.ts'
import {
  compareLanguages,
  languageNameHere,
  rowYear,
  yearRows,
  type CompareLanguage,
} from './compareYears.ts'
import { tagged } from './tagged.tsx'
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
  'max-w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-blue-700'

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
        {occasion ? t('compare.headingOccasion', { occasion: occasion.label }) : t('compare.heading')}
      </h2>
      <div className="flex flex-wrap items-center gap-4 text-sm text-slate-800">
        <span className="flex max-w-full flex-wrap items-center gap-2">
          <label htmlFor={pickId}>{t('compare.occasionLabel')}</label>
          <select
            id={pickId}
            value={occasionId ?? ''}
            onChange={(e) => e.target.value && onOccasion(e.target.value)}
            className={select}
          >
            {!occasionId && <option value="">{t('compare.choose')}</option>}
            {corpus.occasions.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
        {occasion && (
          <span className="flex max-w-full flex-wrap items-center gap-2">
            <label htmlFor={langId}>{t('compare.languageLabel')}</label>
            <select id={langId} value={compared} onChange={(e) => setLang(e.target.value)} className={select}>
              <option value="summary">{t('compare.summaryOption')}</option>
              {languages.map((l) => (
                <option key={l} value={l}>
                  {t('compare.languageOption', { lang: l, language: languageNameHere(l) })}
                </option>
              ))}
            </select>
          </span>
        )}
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={showChanges} onChange={(e) => setShowChanges(e.target.checked)} />
          {t('compare.markChanges')}
        </label>
      </div>
      {!occasion && <p className="text-sm text-slate-700">{t('compare.intro')}</p>}
      {occasion && records.status === 'loading' && <p role="status">{t('compare.loading')}</p>}
      {occasion && records.status === 'error' && (
        <div role="alert" className="text-sm text-red-900">
          {records.message}{' '}
          <button type="button" className="underline" onClick={retry}>
            {t('compare.retry')}
          </button>
        </div>
      )}
      {occasion && ready && (
        <>
          {showChanges && (
            <p className="text-xs text-slate-600" data-testid="compared-text">
              {compared === 'summary'
                ? t('compare.comparedSummary')
                : t('compare.comparedLanguage', {
                    lang: compared,
                    language: languageNameHere(compared),
                  })}{' '}
              {tagged(t('compare.marks'), [
                (words) => <ins className="bg-emerald-100 text-emerald-950 no-underline">{words}</ins>,
                (words) => <del className="bg-red-100 text-red-950">{words}</del>,
              ])}
              {occasion.recurring && ` ${t('compare.recurringNote')}`}
            </p>
          )}
          {shownRows.length === 0 && (
            <p className="text-sm text-slate-700">{t('compare.noMatch', { occasion: occasion.label })}</p>
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
