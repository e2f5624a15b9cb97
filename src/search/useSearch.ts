import { useEffect, useMemo, useState } from 'react'
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
  const [ready, setReady] = useState<Searcher | null>(null)
  const [error, setError] = useState<string | null>(null)
  const wanted = query.trim() !== ''

  useEffect(() => {
    // A failure waits for "Try again" (which clears the error) rather than retrying at once.
    if (!wanted || ready || error) return
    let live = true
    primeSearch().then(
      (s) => live && setReady(() => s),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [wanted, ready, error])

  const result = useMemo(() => (ready && wanted ? ready(query) : null), [ready, wanted, query])
  const retry = () => setError(null)
  if (!wanted) return { status: 'off', retry }
  if (result) return { status: 'ready', result, retry }
  if (error) return { status: 'error', message: error, retry }
  return { status: 'loading', retry }
}
