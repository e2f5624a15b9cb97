import type { CorpusIndex, IndexEvent } from '../data/indexFormat.ts'
import { eventWords } from '../data/localize.ts'
import type { Event } from '../data/schema.ts'
import { DetailBody } from '../detail/DetailBody.tsx'
import { EventFacts, EventKindLine, EventRelations } from '../detail/EventFacts.tsx'
import { currentLang, t } from '../i18n/i18n.ts'
import type { Links } from '../ui/links.ts'

type EventArticleProps = {
  /** The full record. */
  event: Event
  /** Its entry in the index (lane, related events in both directions). */
  entry: IndexEvent
  corpus: CorpusIndex
  links: Links
}

/**
 * An event's own page, as the build writes it (event/<id>/): readable without JavaScript,
 * every source and related event a link. With JavaScript the app takes over, this event open.
 */
export function EventArticle({ event, entry, corpus, links }: EventArticleProps) {
  // Written in the language the build set before rendering this page.
  const lang = currentLang()
  const words = eventWords(event, lang)
  return (
    <main className="mx-auto max-w-3xl space-y-4 px-3 py-4 sm:px-4">
      <nav aria-label={t('detail.page.breadcrumb')} className="text-sm">
        <a href={links.base || './'} className="font-medium text-blue-800 underline-offset-2 hover:underline">
          {t('detail.page.back')}
        </a>
      </nav>
      <article
        aria-labelledby="event-title"
        className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <header className="space-y-1">
          <EventKindLine event={entry} corpus={corpus} />
          <h2
            id="event-title"
            lang={words.lang === lang ? undefined : words.lang}
            className="text-2xl leading-snug font-semibold text-slate-950 [overflow-wrap:anywhere]"
          >
            {words.title}
          </h2>
        </header>
        <EventFacts
          event={entry}
          corpus={corpus}
          dateNote={words.dateNote}
          dateNoteLang={words.dateNoteLang}
        />
        <DetailBody event={event} allLanguages />
        <EventRelations event={entry} corpus={corpus} />
      </article>
    </main>
  )
}
