import type { Event } from '../data/schema.ts'
import { ExternalLink } from './ExternalLink.tsx'
import { CONFIDENCE_LABEL } from './labels.ts'

type DetailBodyProps = {
  /** The full record, loaded when the panel opened. */
  event: Event
}

/** Summary, full text (or where to read it), quotes and sources of one event. */
export function DetailBody({ event }: DetailBodyProps) {
  return (
    <>
      <p className="text-base leading-relaxed text-slate-800">{event.summary}</p>
      <p className="text-sm text-slate-600">
        <span
          className={`mr-1 inline-block size-2 rounded-full ${event.confidence === 'verified' ? 'bg-emerald-600' : 'bg-amber-500'}`}
          aria-hidden
        />
        {CONFIDENCE_LABEL[event.confidence]}
      </p>

      <section className="space-y-3" aria-labelledby="fulltext-heading">
        <h3 id="fulltext-heading" className="text-sm font-semibold text-slate-900">
          Full text
        </h3>
        {event.body ? (
          <>
            {event.bodySource && (
              <p className="text-xs text-slate-600">
                As published by{' '}
                <ExternalLink url={event.bodySource.url}>{event.bodySource.publisher}</ExternalLink>
                {event.bodySource.title && <> under the headline “{event.bodySource.title}”</>}.{' '}
                {event.bodySource.note}
              </p>
            )}
            <div
              className="space-y-3 border-l-2 border-slate-200 pl-4 font-serif text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]"
              data-testid="full-text"
            >
              {event.body.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-700">
            Full text not in the corpus. Read the report at{' '}
            <ExternalLink url={event.sources[0]?.url}>
              {event.sources[0]?.publisher ?? 'the source'}
            </ExternalLink>
            .
          </p>
        )}
      </section>

      {event.quotes.length > 0 && (
        <section className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">Quoted</h3>
          {event.quotes.map((q, i) => (
            <figure key={i} className="rounded-md bg-slate-50 p-3">
              <blockquote className="font-serif text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]">
                “{q.text}”
              </blockquote>
              <figcaption className="mt-1 text-xs text-slate-600">
                — <ExternalLink url={q.url}>{q.source}</ExternalLink>
              </figcaption>
            </figure>
          ))}
        </section>
      )}

      <section className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">Sources</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
          {event.sources.map((s, i) => (
            <li key={i}>
              <ExternalLink url={s.url}>{s.title ?? s.publisher}</ExternalLink>
              {s.title && <span className="text-slate-600"> — {s.publisher}</span>}
              {s.note && <span className="text-slate-600"> {s.note}</span>}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
