import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { ExportButtons } from '../export/ExportButtons.tsx'
import { statusLine } from '../filters/filterState.ts'
import { shortcut } from '../filters/OccasionFilterControls.tsx'
import { ShapeLegend } from '../timeline/ShapeLegend.tsx'

type StatusBarProps = {
  shown: readonly IndexEvent[]
  total: number
  q: string
  searchStatus: 'off' | 'loading' | 'ready' | 'error'
  /** none: nothing matches the search; hidden: matches exist but other filters hide them. */
  searchNote: 'none' | 'hidden' | null
  searchError: string | null
  onRetrySearch: () => void
  onClearSearch: () => void
  corpus: CorpusIndex
}

/** How many events the filters leave, what the search found, export, and the shape legend. */
export function StatusBar({
  shown,
  total,
  q,
  searchStatus,
  searchNote,
  searchError,
  onRetrySearch,
  onClearSearch,
  corpus,
}: StatusBarProps) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700">
          <span role="status" className="font-medium">
            {statusLine(shown.length, total)}
          </span>
          {searchStatus === 'loading' && <span className="text-slate-600"> (searching…)</span>}
        </p>
        <ExportButtons events={shown} corpus={corpus} />
      </div>
      {searchNote && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950"
        >
          <span className="[overflow-wrap:anywhere]">
            {searchNote === 'none'
              ? `Nothing matches “${q}”.`
              : `Events match “${q}”, but the other filters hide them all.`}
          </span>
          <button type="button" className={shortcut} onClick={onClearSearch}>
            Clear the search
          </button>
        </div>
      )}
      {searchError && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <span>{searchError}</span>
          <button type="button" className={shortcut} onClick={onRetrySearch}>
            Try again
          </button>
        </div>
      )}
      <ShapeLegend />
    </div>
  )
}
