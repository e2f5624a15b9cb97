import MiniSearch from 'minisearch'
import { decodeIndex } from '../src/data/decodeIndex.ts'
import { encodeIndex } from '../src/data/encodeIndex.ts'
import type { WireIndex } from '../src/data/indexFormat.ts'
import { findSilences } from '../src/data/silences.ts'
import { inksFor, MIXED } from '../src/timeline/picture.ts'
import type { Event } from '../src/data/schema.ts'
import { INDEX_OPTIONS, searchDoc, type SearchDoc } from '../src/search/searchOptions.ts'
import type { Corpus } from './lib/corpus.ts'

/** Where each corpus file is served from, relative to the app. */
export const CORPUS_PATHS = {
  index: 'corpus/index.json',
  records: 'corpus/records.json',
  search: 'corpus/search.json',
  event: (id: string) => `corpus/events/${id}.json`,
}

/** An event as the browser gets it: the record without the editor's $schema line. */
export function detailOf(event: Event): Omit<Event, '$schema'> {
  const { $schema: _schema, ...rest } = event
  return rest
}

/** The timeline's index of a validated corpus, with its silences worked out here, once. */
export function wireIndex(c: Corpus): WireIndex {
  const checked = { from: c.coverage.checkedFrom, through: c.coverage.checkedThrough }
  const plain = encodeIndex(c.events, c.occasions, c.people, c.eras, checked)
  const silences = findSilences(decodeIndex(plain).events, c.occasions, checked)
  return {
    ...plain,
    silences: encodeIndex([], c.occasions, [], [], checked, silences).silences,
    inks: c.occasions.map((o) => inksFor(o.colour)),
    mixedInk: inksFor(MIXED),
  }
}

/**
 * The files the app reads, from a validated corpus. Only the index is in the first load;
 * each event's record loads with its panel, the search index when search is first used, and
 * all records (for export, the trend and the comparison) when one of those is first used.
 */
export function corpusFiles(c: Corpus): Map<string, () => string> {
  const files = new Map<string, () => string>()
  files.set(CORPUS_PATHS.index, () => JSON.stringify(wireIndex(c)))
  files.set(CORPUS_PATHS.records, () => JSON.stringify(c.events.map(detailOf)))
  files.set(CORPUS_PATHS.search, () => {
    const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS)
    index.addAll(c.events.map(searchDoc))
    return JSON.stringify(index)
  })
  for (const e of c.events) files.set(CORPUS_PATHS.event(e.id), () => JSON.stringify(detailOf(e)))
  return files
}
