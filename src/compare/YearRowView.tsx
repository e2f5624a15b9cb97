import { dayTime, formatLongDate } from '../data/dates.ts'
import type { CorpusIndex, Lane } from '../data/indexFormat.ts'
import type { Event } from '../data/schema.ts'
import { formatYear } from '../i18n/format.ts'
import { t } from '../i18n/i18n.ts'
import { LANE_LABEL } from '../ui/labels.ts'
import { Changes } from './Changes.tsx'
import { CompareMessage } from './CompareMessage.tsx'
import { languageNameHere, previousCell, type CompareLanguage, type YearRow } from './compareYears.ts'

type YearRowViewProps = {
  row: YearRow
  rows: readonly YearRow[]
  lanes: readonly Lane[]
  records: ReadonlyMap<string, Event>
  corpus: CorpusIndex
  showChanges: boolean
  /** A recurring occasion: a year without a message says so. */
  recurring: boolean
  lang: CompareLanguage
  onOpen: (id: string) => void
}

/** One year: a column per direction, each message, and what changed since the latest earlier year. */
export function YearRowView({
  row,
  rows,
  lanes,
  records,
  corpus,
  showChanges,
  recurring,
  lang,
  onOpen,
}: YearRowViewProps) {
  const index = rows.indexOf(row)
  const diffLang = lang === 'summary' ? 'en' : lang
  return (
    <section aria-labelledby={`year-${row.year}`} className="rounded-lg border border-slate-200">
      <h3
        id={`year-${row.year}`}
        className="border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-sm font-bold text-slate-800"
      >
        {formatYear(Date.UTC(row.year, 6, 1))}
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
                <p className="text-sm text-slate-600 italic" data-testid="no-message">
                  {!recurring
                    ? '—'
                    : row.checked
                      ? t('compare.noMessage', { year: String(row.year) })
                      : t('compare.notChecked', { date: formatLongDate(dayTime(corpus.checked.through)) })}
                </p>
              ) : (
                <>
                  {cell.events.map((e) => (
                    <CompareMessage
                      key={e.id}
                      event={e}
                      record={records.get(e.id)}
                      corpus={corpus}
                      onOpen={onOpen}
                    />
                  ))}
                  {showChanges && cell.missing === cell.events.length && lang !== 'summary' && (
                    <p className="rounded-md bg-slate-50 p-2 text-xs text-slate-700">
                      {t('compare.noWording', {
                        lang,
                        language: languageNameHere(lang),
                        count: cell.events.length,
                      })}
                    </p>
                  )}
                  {showChanges && cell.text && (
                    <div className="rounded-md bg-slate-50 p-2">
                      <p className="mb-1 text-xs font-semibold text-slate-700">
                        {prev ? t('compare.changesFrom', { year: String(prev.year) }) : t('compare.first')}
                      </p>
                      {prev ? (
                        <Changes from={prev.cells.get(lane)?.text ?? ''} to={cell.text} lang={diffLang} />
                      ) : (
                        <p className="text-sm whitespace-pre-line text-slate-800" lang={diffLang}>
                          {cell.text}
                        </p>
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
