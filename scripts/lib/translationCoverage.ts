import type { Corpus } from './corpus.ts'
import { OTHER_LANGS, type OtherLang } from '../../src/i18n/langs.ts'

// How much of our own words is written in each language besides English (English is required
// by the schema): `npm run validate` reports it, ingest says what a new event still lacks.

export type Coverage = {
  lang: OtherLang
  /** What has its words in the language, of how many, by kind of record. */
  counts: { kind: 'events' | 'occasions' | 'eras' | 'people'; done: number; total: number }[]
  /** Ids of what has none (events first), for the editor to fill in. */
  missing: string[]
  /** Events whose English date note has no translation beside a translated title and summary. */
  missingDateNotes: string[]
}

export function translationCoverage(c: Pick<Corpus, 'events' | 'occasions' | 'eras' | 'people'>): Coverage[] {
  return OTHER_LANGS.map((lang) => {
    const groups = [
      ['events', c.events],
      ['occasions', c.occasions],
      ['eras', c.eras],
      ['people', c.people],
    ] as const
    const missing: string[] = []
    const counts = groups.map(([kind, list]) => {
      const lacking = (
        list as readonly { id: string; translations?: Partial<Record<OtherLang, unknown>> }[]
      ).filter((r) => !r.translations?.[lang])
      missing.push(...lacking.map((r) => (kind === 'events' ? r.id : `${kind}: ${r.id}`)))
      return { kind, done: list.length - lacking.length, total: list.length }
    })
    const missingDateNotes = c.events
      .filter(
        (e) =>
          e.dateNote !== undefined && e.translations?.[lang] && e.translations[lang].dateNote === undefined,
      )
      .map((e) => e.id)
    return { lang, counts, missing, missingDateNotes }
  })
}

const NAMES: Record<OtherLang, string> = { ko: 'Korean', ru: 'Russian' }

/** "Korean: 66 of 66 events, 17 of 17 occasions, …", and what is missing (the first few ids). */
export function coverageLines(coverage: readonly Coverage[], show = 8): string[] {
  return coverage.flatMap((c) => {
    const counts = c.counts
      .filter((n) => n.total > 0)
      .map((n) => `${n.done} of ${n.total} ${n.kind}`)
      .join(', ')
    const lines = [`Our own words in ${NAMES[c.lang]} (${c.lang}): ${counts}.`]
    const gaps = [...c.missing, ...c.missingDateNotes.map((id) => `${id} (date note)`)]
    if (gaps.length > 0)
      lines.push(
        `  missing: ${gaps.slice(0, show).join(', ')}${gaps.length > show ? `, and ${gaps.length - show} more` : ''}; pages in ${NAMES[c.lang]} show the English until translations.${c.lang} is written.`,
      )
    return lines
  })
}
