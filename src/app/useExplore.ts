import { useDeferredValue, useMemo } from 'react'
import type { CorpusIndex } from '../data/indexFormat.ts'
import type { Silence } from '../data/silences.ts'
import { filterEvents, filterSilences } from '../filters/filterState.ts'
import { useSearch } from '../search/useSearch.ts'
import { usePhrase } from '../trend/usePhrase.ts'
import type { ViewState } from './urlState.ts'

const NO_SILENCES: Silence[] = []

/**
 * What the view shows of the corpus: the events every filter, the search and the phrase leave,
 * the silences among them, the pattern that marks the search's words, and what to say when
 * the search finds nothing to show.
 */
export function useExplore(corpus: CorpusIndex, view: ViewState) {
  // Typing stays responsive: the search and the phrase apply a moment later at 100,000 events.
  const search = useSearch(useDeferredValue(view.q))
  const phrase = usePhrase(corpus.events, useDeferredValue(view.phrase))
  const matches = useMemo(() => {
    const sets = [
      search.status === 'ready' ? search.result.matches : null,
      phrase.status === 'ready' ? phrase.matches : null,
    ].filter((s): s is Set<number> => s !== null)
    if (sets.length === 0) return null
    if (sets.length === 1) return sets[0]
    return new Set([...sets[0]].filter((i) => sets[1].has(i)))
  }, [search, phrase])
  const shown = useMemo(() => filterEvents(corpus.events, view, matches), [corpus, view, matches])
  const silences = useMemo(
    () => (view.silences ? filterSilences(corpus.silences, view, matches !== null) : NO_SILENCES),
    [corpus, view, matches],
  )
  // The pattern comes with the search's code (its word rules load with it, not in the first view).
  const highlight = search.status === 'ready' ? search.result.pattern : null
  const searchNote =
    search.status === 'ready' && search.result.matches.size === 0
      ? ('none' as const)
      : search.status === 'ready' && shown.length === 0
        ? ('hidden' as const)
        : null
  return { search, phrase, shown, silences, highlight, searchNote }
}
