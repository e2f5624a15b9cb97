import { eventWords } from '../data/localize.ts'
import type { Event } from '../data/schema.ts'
import { formatNumber } from '../i18n/format.ts'
import { currentLang, t } from '../i18n/i18n.ts'
import { ExternalLink } from '../ui/ExternalLink.tsx'
import { Highlight } from '../ui/Highlight.tsx'
import { CONFIDENCE_EXPLAINED, CONFIDENCE_LABEL } from '../ui/recordLabels.ts'
import { QuoteText } from '../ui/QuoteText.tsx'
import { MessageTexts } from './MessageTexts.tsx'
import { richText } from './rich.tsx'

type DetailBodyProps = {
  /** The full record, loaded when the panel opened. */
  event: Event
  /** Show the message in every language at first (an event's own page, read without script). */
  allLanguages?: boolean
}

const heading = 'text-sm font-semibold text-slate-900'

/** lang="en" on our own English words (notes) shown on a page in another language. */
const english = () => (currentLang() === 'en' ? undefined : 'en')

/** Summary, full text (or the report about it, or where to read it), quotes and sources of one event. */
export function DetailBody({ event, allLanguages = false }: DetailBodyProps) {
  const lang = currentLang()
  const words = eventWords(event, lang)
  return (
    <>
      {/* The summary in the page's language, or in English (and marked so) where none is written. */}
      <p
        className="text-base leading-relaxed text-slate-800"
        lang={words.lang === lang ? undefined : words.lang}
      >
        <Highlight text={words.summary} />
      </p>
      {event.texts && event.texts.length > 0 && (
        <MessageTexts texts={event.texts} allAtFirst={allLanguages} />
      )}
      <BodySection event={event} />
      {event.quotes.length > 0 && (
        <section className="space-y-2" aria-labelledby="quotes-heading">
          <h3 id="quotes-heading" className={heading}>
            {t('detail.quotes')}
          </h3>
          {event.quotes.map((q, i) => (
            <figure key={i} className="rounded-md bg-slate-50 p-3">
              <QuoteText quote={q} />
              <figcaption className="mt-1 text-xs text-slate-600">
                — <ExternalLink url={q.url}>{q.source}</ExternalLink>
              </figcaption>
            </figure>
          ))}
        </section>
      )}
      <section className="space-y-2" aria-labelledby="sources-heading">
        <h3 id="sources-heading" className={heading}>
          {t('detail.sources', { count: formatNumber(event.sources.length) })}
        </h3>
        <p className="text-sm text-slate-700">
          <span
            className={`mr-1.5 inline-block size-2 rounded-full ${event.confidence === 'verified' ? 'bg-emerald-600' : 'bg-amber-500'}`}
            aria-hidden
          />
          <strong className="font-semibold">{CONFIDENCE_LABEL[event.confidence]}:</strong>{' '}
          {CONFIDENCE_EXPLAINED[event.confidence]}
        </p>
        <ul className="list-disc space-y-1 pl-5 text-sm [overflow-wrap:anywhere]">
          {event.sources.map((s, i) => (
            <li key={i}>
              <ExternalLink url={s.url}>{s.title ?? s.publisher}</ExternalLink>
              {s.title && <span className="text-slate-600"> — {s.publisher}</span>}
              {!s.url && <span className="text-slate-600"> {t('detail.noLink')}</span>}
              {s.note && (
                <span className="text-slate-600" lang={english()}>
                  {' '}
                  {s.note}
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

/** The message's own text, a news report about it, or where to read it. */
function BodySection({ event }: { event: Event }) {
  const { body, bodySource } = event
  // The message's words are above; a report about it, where there is one, comes under its own heading.
  if (!body && event.texts?.length) return null
  if (!body)
    return (
      <section className="space-y-2" aria-labelledby="fulltext-heading">
        <h3 id="fulltext-heading" className={heading}>
          {t('detail.fullText')}
        </h3>
        <p className="text-sm text-slate-700">
          {richText('detail.notHere', {
            source: (
              <ExternalLink url={event.sources[0]?.url}>
                {event.sources[0]?.publisher ?? t('detail.theSource')}
              </ExternalLink>
            ),
          })}
        </p>
      </section>
    )
  const report = event.bodyKind === 'report'
  return (
    <section className="space-y-3" aria-labelledby="fulltext-heading">
      <h3 id="fulltext-heading" className={heading}>
        {report ? t('detail.reportHeading') : t('detail.fullText')}
      </h3>
      <p className="text-xs text-slate-600">
        {report && <>{t('detail.reportNote')} </>}
        {bodySource?.publisher
          ? richText(
              bodySource.title ? 'detail.publishedByHeadline' : 'detail.publishedBy',
              { publisher: <ExternalLink url={bodySource.url}>{bodySource.publisher}</ExternalLink> },
              bodySource.title ? { headline: bodySource.title } : {},
            )
          : bodySource?.title
            ? t('detail.noPublisherHeadline', { headline: bodySource.title })
            : t('detail.noPublisher')}
        {bodySource?.note && <span lang={english()}> {bodySource.note}</span>}
      </p>
      <div
        className="space-y-3 border-l-2 border-slate-200 pl-4 font-serif text-[15px] leading-relaxed text-slate-900 [overflow-wrap:anywhere]"
        data-testid="full-text"
      >
        {body.map((p, i) => (
          <p key={i}>
            <Highlight text={p} />
          </p>
        ))}
      </div>
    </section>
  )
}
