import { dayTime, formatLongDate } from '../data/dates.ts'
import { eventWords } from '../data/localize.ts'
import { RELEASE } from '../data/release.ts'
import type { Event } from '../data/schema.ts'
import { currentLang, t } from '../i18n/i18n.ts'

/** The site's name in English, for the build's English files (the feed); pages say t('site.name'). */
export const SITE_NAME = 'Pyongyang–Moscow Timeline'

/**
 * A citation of the event as this timeline records it, in the page's language: publisher and
 * the dataset's version and release date, the event's date, our title, the event's address and the day it was accessed, then the sources it rests on.
 */
export function citation(e: Event, pageUrl: string, accessed: Date): string {
  const day = dayTime(e.date)
  const today = Date.UTC(accessed.getUTCFullYear(), accessed.getUTCMonth(), accessed.getUTCDate())
  const sources = e.sources.map((s) => (s.url ? `${s.publisher}, ${s.url}` : s.publisher)).join('; ')
  return t('detail.citation', {
    site: t('site.name'),
    // The dataset's version: what a reader cites is this release of the record.
    version: RELEASE.version,
    released: formatLongDate(dayTime(RELEASE.date)),
    date: formatLongDate(day),
    title: eventWords(e, currentLang()).title,
    url: pageUrl,
    accessed: formatLongDate(today),
    sources,
  })
}
