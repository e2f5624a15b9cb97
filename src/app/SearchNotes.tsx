import { t } from '../i18n/i18n.ts'
import { linkButton } from '../ui/styles.ts'

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
            {note === 'none' ? t('app.search.none', { q }) : t('app.search.hidden', { q })}
          </span>
          <button type="button" className={linkButton} onClick={onClear}>
            {t('app.search.clear')}
          </button>
        </div>
      )}
      {error && (
        <div
          role="alert"
          className="flex flex-wrap items-center gap-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          <span>{error}</span>
          <button type="button" className={linkButton} onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      )}
    </>
  )
}
