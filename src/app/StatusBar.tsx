import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { dayTime, formatLongDate } from '../data/dates.ts'
import type { Silence } from '../data/silences.ts'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { statusLine } from '../filters/filterState.ts'
import { shortcut } from '../filters/OccasionFilterControls.tsx'

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
        {searching && <span className="text-slate-600"> (searching…)</span>}
        <span className="text-slate-600" data-testid="checked-through">
          {' '}
          · Messages checked through {formatLongDate(dayTime(corpus.checked.through))}
        </span>
      </p>
      <ExportButtons events={shown} corpus={corpus} silences={silences} />
    </div>
  )
}

type SearchNotesProps = {
  q: string
  /** none: nothing matches the search; hidden: matches exist but other filters hide them. */
  note: 'none' | 'hidden' | null
  error: string | null
  onRetry: () => void
  onClear: () => void
}

/** What the search found when it found nothing to show, or why it could not search. */
export function SearchNotes({ q, note, error, onRetry, onClear }: SearchNotesProps) {
  return (
    <>
      {note && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <span className="[overflow-wrap:anywhere]">
            {note === 'none'
              ? `Nothing matches “${q}”.`
              : `Events match “${q}”, but the other filters hide them all.`}
          </span>
          <button type="button" className={shortcut} onClick={onClear}>
            Clear the search
          </button>
        </div>
      )}
      {error && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <span>{error}</span>
          <button type="button" className={shortcut} onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </>
  )
}
