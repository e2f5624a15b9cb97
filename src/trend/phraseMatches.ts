import type { IndexEvent } from '../data/indexFormat.ts'
import { eventWords } from '../data/localize.ts'
import type { Event } from '../data/schema.ts'
import type { Lang } from '../i18n/langs.ts'
import { foldCase } from '../ui/words.ts'

const normal = (s: string) => foldCase(s).replace(/\s+/g, ' ')

/**
 * All an event says: title and summary (in English, and in `lang` where they are translated
 * into it: what the page shows), quotes, the message's own words in every published version
 * (Korean, Russian, English) and the body, as one folded text.
 */
export function eventText(e: Event, lang: Lang = 'en'): string {
  const local = lang === 'en' ? undefined : eventWords(e, lang)
  return normal(
    [
      e.title,
      e.summary,
      ...(local && local.lang !== 'en' ? [local.title, local.summary] : []),
      ...e.quotes.map((q) => q.text),
      ...(e.texts ?? []).flatMap((t) => t.paragraphs),
      ...(e.body ?? []),
    ].join('\n'),
  )
}

/** Positions of the events whose text contains `phrase` (any case, any run of spaces, ё as е). */
export function phraseMatches(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  phrase: string,
  lang: Lang = 'en',
): Set<number> {
  const wanted = normal(phrase.trim())
  const found = new Set<number>()
  if (wanted === '') return found
  for (const e of events) {
    const r = records.get(e.id)
    if (r && eventText(r, lang).includes(wanted)) found.add(e.index)
  }
  return found
}

export type YearCount = { year: number; count: number }

/** How many of `events` fall in each year from `first` to `last`, gaps as zero. */
export function countByYear(events: readonly IndexEvent[], first: number, last: number): YearCount[] {
  const counts = new Map<number, number>()
  for (const e of events) {
    const y = new Date(e.time).getUTCFullYear()
    counts.set(y, (counts.get(y) ?? 0) + 1)
  }
  const out: YearCount[] = []
  for (let y = first; y <= last; y++) out.push({ year: y, count: counts.get(y) ?? 0 })
  return out
}
