import type { IndexEvent, Lane } from '../data/indexFormat.ts'
import type { Event, MessageText, Occasion } from '../data/schema.ts'
import { isChecked, occasionYear, occurrence, type Checked } from '../data/silences.ts'
import { locale } from '../i18n/format.ts'
import { baseLanguage } from '../ui/messageVersions.ts'

/** What a cell's text is made of: our English (summary, quotes, report) or the messages' own words in one language. */
export type CompareLanguage = 'summary' | string

/** One year of one direction: its messages, and the text compared with the year before. */
export type Cell = { events: IndexEvent[]; text: string; missing: number }
/** A year's row; `checked` says whether the sources have been searched for that year's occasion. */
export type YearRow = { year: number; cells: Map<Lane, Cell>; checked: boolean }

const STATUS_RANK = { original: 0, 'official-translation': 1, 'news-translation': 2 } as const

/**
 * The version of a message compared in `lang`: the original where it is in that language, else
 * an official translation, else a news outlet's; the longest of the best kind.
 */
export function versionIn(e: Event, lang: string): MessageText | undefined {
  return (e.texts ?? [])
    .filter((t) => baseLanguage(t.lang) === lang)
    .sort(
      (a, b) =>
        STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
        b.paragraphs.join('').length - a.paragraphs.join('').length,
    )[0]
}

/**
 * What is compared year to year: in "summary", the body where there is one, else the quotes
 * and the summary; in a language, that language's version of the message (undefined when the
 * message has none).
 */
export function comparedText(e: Event, lang: CompareLanguage = 'summary'): string | undefined {
  if (lang !== 'summary') return versionIn(e, lang)?.paragraphs.join('\n\n')
  if (e.body) return e.body.join('\n\n')
  return [...e.quotes.map((q) => q.text), e.summary].join('\n')
}

/** The languages the messages' own words can be compared in, for these records: originals' first. */
export function compareLanguages(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
): string[] {
  const rank = new Map<string, number>()
  for (const e of events)
    for (const t of records.get(e.id)?.texts ?? []) {
      const lang = baseLanguage(t.lang)
      rank.set(lang, Math.min(rank.get(lang) ?? 9, t.status === 'original' ? 0 : lang === 'en' ? 1 : 2))
    }
  return [...rank].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([lang]) => lang)
}

const displayNames = new Map<string, Intl.DisplayNames>()

/** A language's name in the page's language: "Korean", "한국어", "корейский" for "ko". */
export function languageNameHere(tag: string): string {
  const here = locale()
  let names = displayNames.get(here)
  if (!names) displayNames.set(here, (names = new Intl.DisplayNames([here], { type: 'language' })))
  return names.of(tag) ?? tag
}

/** The year an event belongs to in the comparison: a recurring occasion's nearest occurrence, else its calendar year. */
export function rowYear(e: IndexEvent, occasion: Occasion | undefined): number {
  return occasion?.recurring ? occasionYear(occasion.recurring, e.time) : new Date(e.time).getUTCFullYear()
}

/**
 * The occasion's events by year (from `first` to `last`, every year, so gaps show) and by
 * direction; each cell's text joins its messages' texts in date order (`missing` counts those
 * with nothing in the compared language). A row is checked when the sources have been searched
 * through the occasion's day that year (for an occasion with no fixed day, through the year's end).
 */
export function yearRows(
  events: readonly IndexEvent[],
  records: ReadonlyMap<string, Event>,
  first: number,
  last: number,
  occasion: Occasion | undefined,
  checked: Checked,
  lang: CompareLanguage = 'summary',
): YearRow[] {
  const rows: YearRow[] = []
  for (let y = first; y <= last; y++) {
    const day = occasion?.recurring ? occurrence(occasion.recurring, y) : Date.UTC(y, 11, 31)
    rows.push({ year: y, cells: new Map(), checked: isChecked(day, checked) })
  }
  for (const e of events) {
    const row = rows[rowYear(e, occasion) - first]
    if (!row) continue
    const cell = row.cells.get(e.lane) ?? { events: [], text: '', missing: 0 }
    cell.events.push(e)
    const r = records.get(e.id)
    const text = r && comparedText(r, lang)
    if (text === undefined) cell.missing++
    else cell.text = cell.text ? `${cell.text}\n\n${text}` : text
    row.cells.set(e.lane, cell)
  }
  return rows
}

/** The latest earlier year with a message in the same direction, to compare a cell with. */
export function previousCell(rows: readonly YearRow[], index: number, lane: Lane): YearRow | undefined {
  for (let i = index - 1; i >= 0; i--) if (rows[i].cells.get(lane)?.text) return rows[i]
  return undefined
}
