import { formatLongDate } from '../data/dates.ts'
import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { eventWords } from '../data/localize.ts'
import type { Event } from '../data/schema.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { Highlight } from '../ui/Highlight.tsx'
import { eventName } from '../ui/labels.ts'
import { KIND_LABEL } from '../ui/recordLabels.ts'
import { QuoteText } from '../ui/QuoteText.tsx'

type CompareMessageProps = {
  event: IndexEvent
  /** The full record, once the records have loaded. */
  record: Event | undefined
  corpus: CorpusIndex
  onOpen: (id: string) => void
}

/** One message in a year's cell: date and kind, its title (opens the panel), summary, quotes and text. */
export function CompareMessage({ event, record, corpus, onOpen }: CompareMessageProps) {
  const occasion = corpus.occasions[event.occasionIndex]
  const page = currentLang()
  const words = record && eventWords(record, page)
  // A body is a source's English text (the comparison reads it as English too): said so on another language's page.
  const bodyLang = page === 'en' ? undefined : 'en'
  return (
    <article className="space-y-1 text-sm">
      <p className="text-xs text-slate-600">
        {formatLongDate(event.time)} · {KIND_LABEL[event.kind]}
      </p>
      <button
        type="button"
        data-event-id={event.id}
        aria-label={eventName(event, occasion?.label ?? event.occasion)}
        onClick={() => onOpen(event.id)}
        className="text-left font-medium text-blue-800 hover:underline focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <span lang={event.titleLang}>
          <Highlight text={event.title} />
        </span>
      </button>
      {record && words && (
        <>
          <p className="text-slate-800" lang={words.lang === page ? undefined : words.lang}>
            <Highlight text={words.summary} />
          </p>
          {record.quotes.map((q, i) => (
            <QuoteText key={i} quote={q} />
          ))}
          {record.body && (
            <details className="text-slate-800">
              <summary className="cursor-pointer text-xs font-medium text-blue-800">
                {record.bodyKind === 'report' ? t('compare.reportBody') : t('compare.fullText')}
              </summary>
              <div className="mt-1 space-y-2 font-serif" lang={bodyLang}>
                {record.body.map((p, i) => (
                  <p key={i}>
                    <Highlight text={p} />
                  </p>
                ))}
              </div>
            </details>
          )}
        </>
      )}
    </article>
  )
}
