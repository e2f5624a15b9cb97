import { termPattern } from '../ui/termPattern.ts'
import MiniSearch, { type AsPlainObject } from 'minisearch'
import { fetchSearchIndex } from '../data/corpus.ts'
import { INDEX_OPTIONS, QUERY_OPTIONS, type SearchDoc } from './searchOptions.ts'

export type SearchResult = {
  /** Positions in the corpus index of the events that match. */
  matches: Set<number>
  /** The words of the texts that matched (after prefix and typo matching), to highlight. */
  terms: string[]
  /** Those words as the pattern that marks them in titles and texts (null: nothing to mark). */
  pattern: RegExp | null
}

export type Searcher = (query: string) => SearchResult

/** Loads MiniSearch and the index built at build time (this module is its own chunk). */
export async function loadSearcher(): Promise<Searcher> {
  const index = MiniSearch.loadJS<SearchDoc>(await fetchSearchIndex<AsPlainObject>(), INDEX_OPTIONS)
  return (query) => {
    const results = index.search(query, QUERY_OPTIONS)
    const terms = new Set<string>()
    for (const r of results) for (const t of r.terms) terms.add(t)
    return {
      matches: new Set(results.map((r) => r.id as number)),
      terms: [...terms],
      pattern: termPattern([...terms]),
    }
  }
}
