import { eventWords } from '../src/data/localize.ts'
import type { Event, Person } from '../src/data/schema.ts'
import type { Lang } from '../src/i18n/langs.ts'

// What an event's page tells search engines and link previews about itself (eventPages.ts).

const MESSAGE_KINDS = new Set(['message', 'telegram', 'letter', 'greeting-card', 'condolence'])

/** JSON inside <script type="application/ld+json">: nothing in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
}

/** The address of a page below the site's root, absolute when the site's address is known. */
export function pageUrl(siteUrl: string | undefined, path: string): string | undefined {
  return siteUrl ? new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : undefined
}

/** schema.org data for an event's page in `lang`: the page, the message or meeting, its sources. */
export function jsonLd(
  event: Event,
  people: readonly Person[],
  url: string | undefined,
  siteName: string,
  lang: Lang = 'en',
): object {
  const words = eventWords(event, lang)
  const person = (id: string) => {
    const p = people.find((x) => x.id === id)
    return { '@type': 'Person', name: p?.name ?? id, ...(p?.office ? { jobTitle: p.office } : {}) }
  }
  const thing = MESSAGE_KINDS.has(event.kind)
    ? {
        '@type': 'Message',
        name: words.title,
        description: words.summary,
        dateSent: event.date,
        sender: event.from.map(person),
        recipient: event.to.map(person),
      }
    : {
        '@type': 'Event',
        name: words.title,
        description: words.summary,
        startDate: event.date,
        attendee: [...event.from, ...event.to].map(person),
      }
  // The page is in its language (our words in English where none are written in it), with the
  // message's own words in the languages they were published in.
  const languages = [...new Set([lang, words.lang, ...(event.texts ?? []).map((t) => t.lang)])]
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: words.title,
    description: words.summary,
    inLanguage: languages.length === 1 ? languages[0] : languages,
    ...(url ? { url } : {}),
    isPartOf: { '@type': 'WebSite', name: siteName },
    mainEntity: thing,
    citation: event.sources.map((s) => ({
      '@type': 'CreativeWork',
      name: s.title ?? s.publisher,
      publisher: { '@type': 'Organization', name: s.publisher },
      ...(s.url ? { url: s.url } : {}),
    })),
  }
}
