import { useMemo } from 'react'
import { useAsync } from '../ui/useAsync.ts'
import type { SearchResult, Searcher } from './loadSearch.ts'

export type SearchState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: SearchResult }

let searcher: Promise<Searcher> | undefined

/** The search code and index, fetched once, when search is first used (never in the first load). */
export function primeSearch(): Promise<Searcher> {
  searcher ??= import('./loadSearch.ts').then(
    (m) => m.loadSearcher(),
    (e: unknown) => {
      searcher = undefined
      throw e
    },
  )
  searcher.catch(() => (searcher = undefined))
  return searcher
}

/** The events matching `query`, searched as it changes; off for an empty query. */
export function useSearch(query: string): SearchState & { retry: () => void } {
  const wanted = query.trim() !== ''
  // A failure waits for "Try again" rather than retrying at once.
  const { state, retry } = useAsync(wanted ? 'search' : null, primeSearch)
  const search = state.status === 'ready' ? state.value : null
  const result = useMemo(() => (search ? search(query) : null), [search, query])
  if (state.status === 'off') return { status: 'off', retry }
  if (result) return { status: 'ready', result, retry }
  if (state.status === 'error') return { status: 'error', message: state.message, retry }
  return { status: 'loading', retry }
}
