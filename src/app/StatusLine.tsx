import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { dayTime, formatLongDate } from '../data/dates.ts'
import type { Silence } from '../data/silences.ts'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { statusLine } from '../filters/filterState.ts'
import { t } from '../i18n/i18n.ts'

type StatusLineProps = {
  shown: readonly IndexEvent[]
  total: number
  searching: boolean
  corpus: CorpusIndex
  /** Silences shown: the CSV export lists them as absences. */
  silences: readonly Silence[]
}

/** How many events the filters leave, and the buttons that export them. */
export function StatusLine({ shown, total, searching, corpus, silences }: StatusLineProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <p className="text-sm text-slate-700">
        <span role="status" className="font-medium">
          {statusLine(shown.length, total)}
        </span>
        {searching && <span className="text-slate-600"> {t('app.status.searching')}</span>}
        <span className="text-slate-600" data-testid="checked-through">
          {' '}
          {t('app.status.checkedThrough', { date: formatLongDate(dayTime(corpus.checked.through)) })}
        </span>
      </p>
      <ExportButtons events={shown} corpus={corpus} silences={silences} />
    </div>
  )
}
