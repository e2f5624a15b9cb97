import type { Lang } from '../i18n/langs.ts'
import type { Era, Event, Occasion, Person } from './schema.ts'

// Our own words in the page's language: the record's English fields, or their translation
// when one is written (schema: `translations`). What has none stays English and says so (the
// `lang` it comes back with), so the page can mark it lang="en".

export type Words = { title: string; summary: string; dateNote?: string }

/** An event's title, summary and date note in `lang`, with the language each is really in. */
export function eventWords(
  e: Pick<Event, 'title' | 'summary' | 'dateNote' | 'translations'>,
  lang: Lang,
): Words & { lang: Lang; dateNoteLang: Lang } {
  const t = lang === 'en' ? undefined : e.translations?.[lang]
  if (!t) return { title: e.title, summary: e.summary, dateNote: e.dateNote, lang: 'en', dateNoteLang: 'en' }
  const note = e.dateNote === undefined ? undefined : (t.dateNote ?? e.dateNote)
  return {
    title: t.title,
    summary: t.summary,
    dateNote: note,
    lang,
    dateNoteLang: t.dateNote !== undefined ? lang : 'en',
  }
}

/** The event with its own words in `lang` and no translations beside them. */
export function localEvent(e: Event, lang: Lang): Event {
  const w = eventWords(e, lang)
  const { translations: _t, ...rest } = e
  return {
    ...rest,
    title: w.title,
    summary: w.summary,
    ...(w.dateNote !== undefined ? { dateNote: w.dateNote } : {}),
  }
}

export function localOccasion(o: Occasion, lang: Lang): Occasion {
  const { translations, ...rest } = o
  const t = lang === 'en' ? undefined : translations?.[lang]
  return t ? { ...rest, ...t } : rest
}

/** A person's names in `lang`; `capital` stays English: the lanes are told apart by it. */
export function localPerson(p: Person, lang: Lang): Person {
  const { translations, ...rest } = p
  const t = lang === 'en' ? undefined : translations?.[lang]
  return t ? { ...rest, ...t, capital: p.capital } : rest
}

export function localEra(e: Era, lang: Lang): Era {
  const { translations, ...rest } = e
  const t = lang === 'en' ? undefined : translations?.[lang]
  return t ? { ...rest, ...t } : rest
}
