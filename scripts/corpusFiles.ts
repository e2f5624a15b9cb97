import MiniSearch from 'minisearch'
import { decodeIndex } from '../src/data/decodeIndex.ts'
import { encodeIndex } from '../src/data/encodeIndex.ts'
import type { WireIndex } from '../src/data/indexFormat.ts'
import { findSilences } from '../src/data/silences.ts'
import { MIXED } from '../src/timeline/picture.ts'
import { inksFor } from '../src/timeline/ink.ts'
import type { Event } from '../src/data/schema.ts'
import { INDEX_OPTIONS, searchDoc, type SearchDoc } from '../src/search/searchOptions.ts'
import type { Corpus } from './lib/corpus.ts'
import { CORPUS_PATHS } from '../src/data/corpusPaths.ts'
import { localEra, localEvent, localOccasion, localPerson } from '../src/data/localize.ts'
import { LANGS, type Lang } from '../src/i18n/langs.ts'

export { CORPUS_PATHS }

/** An event as the browser gets it: the record without the editor's $schema line. */
export function detailOf(event: Event): Omit<Event, '$schema'> {
  const { $schema: _schema, ...rest } = event
  return rest
}

/**
 * The timeline's index of a validated corpus in `lang` (titles, occasions, people and eras in
 * its words, English where none are written: `english` lists those events), with its
 * silences worked out here, once.
 */
export function wireIndex(c: Corpus, lang: Lang = 'en'): WireIndex {
  const checked = { from: c.coverage.checkedFrom, through: c.coverage.checkedThrough }
  const events = c.events.map((e) => localEvent(e, lang))
  const plain = encodeIndex(
    events,
    c.occasions.map((o) => localOccasion(o, lang)),
    c.people.map((p) => localPerson(p, lang)),
    c.eras.map((e) => localEra(e, lang)),
    checked,
  )
  const english = lang === 'en' ? [] : c.events.flatMap((e, i) => (e.translations?.[lang] ? [] : [i]))
  const silences = findSilences(decodeIndex(plain).events, c.occasions, checked)
  return {
    ...plain,
    silences: encodeIndex([], c.occasions, [], [], checked, silences).silences,
    inks: c.occasions.map((o) => inksFor(o.colour)),
    mixedInk: inksFor(MIXED),
    ...(english.length > 0 ? { english } : {}),
  }
}

/**
 * The files the app reads, from a validated corpus. Only the index is in the first load;
 * each event's record loads with its panel, the search index when search is first used, and
 * all records (for export, the trend and the comparison) when one of those is first used.
 */
export function corpusFiles(c: Corpus): Map<string, () => string> {
  const files = new Map<string, () => string>()
  for (const lang of LANGS) {
    files.set(CORPUS_PATHS.index(lang), () => JSON.stringify(wireIndex(c, lang)))
    files.set(CORPUS_PATHS.search(lang), () => {
      const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS)
      index.addAll(c.events.map((e, i) => searchDoc(e, i, lang)))
      return JSON.stringify(index)
    })
  }
  files.set(CORPUS_PATHS.records, () => JSON.stringify(c.events.map(detailOf)))
  for (const e of c.events) files.set(CORPUS_PATHS.event(e.id), () => JSON.stringify(detailOf(e)))
  return files
}
