import type { Options, SearchOptions } from 'minisearch'
import type { Event } from '../data/schema.ts'
import { eventWords } from '../data/localize.ts'
import type { Lang } from '../i18n/langs.ts'
import { indexWords, isHangul, words } from '../ui/words.ts'

// One definition of the full-text index, used to build it (scripts/corpusFiles.ts, at build
// time) and to load it in the browser (loadSearch.ts): the two must agree on fields and ids.

export type SearchDoc = {
  id: number
  title: string
  summary: string
  quotes: string
  /** The message's own words, every published version (Korean, Russian, English). */
  texts: string
  body: string
  /** In another language's index: the English title and summary, found too. */
  english: string
}

export const SEARCH_FIELDS = ['title', 'summary', 'quotes', 'texts', 'body', 'english'] as const

export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  // Nothing stored: the index only finds events; their text is in the corpus files.
  storeFields: [],
  // Words in any script, folded; Hangul words by their tails too (see words.ts).
  tokenize: indexWords,
  processTerm: (term) => term,
}

/**
 * Prefix matching as you type, and a one-letter typo forgiven in words of four letters or more
 * (not in Hangul, where one letter is a syllable: a typo there is another word).
 */
export const QUERY_OPTIONS: SearchOptions = {
  prefix: true,
  fuzzy: (term) => (term.length >= 4 && !isHangul(term) ? 1 : 0),
  combineWith: 'AND',
  boost: { title: 3, summary: 2, quotes: 1.5, texts: 1.5 },
  tokenize: words,
  processTerm: (term) => term,
}

/**
 * The searchable text of an event in `lang` (our words in it, and in English beside them);
 * `id` is its position in the index (sorted by date, then id).
 */
export function searchDoc(e: Event, position: number, lang: Lang = 'en'): SearchDoc {
  const w = eventWords(e, lang)
  return {
    id: position,
    title: w.title,
    summary: w.summary,
    english: w.lang === 'en' ? '' : `${e.title}\n${e.summary}`,
    quotes: e.quotes.map((q) => q.text).join('\n'),
    texts: (e.texts ?? []).flatMap((t) => t.paragraphs).join('\n'),
    body: (e.body ?? []).join('\n'),
  }
}
