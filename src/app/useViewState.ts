import { useCallback, useEffect, useState } from 'react'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { parseViewState, serializeViewState, type ViewState } from './urlState.ts'

/**
 * The view (occasion filter, open event) kept in the query string: every change is a
 * history entry, so a link reproduces the view, reload keeps it and back / forward work.
 */
export function useViewState(corpus: CorpusIndex) {
  const occasionIds = corpus.occasions.map((o) => o.id)
  const read = useCallback(
    () =>
      parseViewState(
        window.location.search,
        corpus.occasions.map((o) => o.id),
        (id) => corpus.byId.has(id),
      ),
    [corpus],
  )
  const [initial] = useState(read)
  const [view, setView] = useState<ViewState>(initial)
  const [notices, setNotices] = useState<string[]>(initial.notices)

  useEffect(() => {
    const onPop = () => {
      const parsed = read()
      setView(parsed)
      setNotices(parsed.notices)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [read])

  // Drop what the link got wrong from the address bar, so a copied link is clean.
  useEffect(() => {
    const clean = serializeViewState(
      initial,
      corpus.occasions.map((o) => o.id),
    )
    if (clean !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${clean}${window.location.hash}`)
  }, [initial, corpus])

  const update = (next: ViewState) => {
    setView(next)
    const search = serializeViewState(next, occasionIds)
    if (search !== window.location.search)
      window.history.pushState(null, '', `${window.location.pathname}${search}`)
  }
  return { view, update, notices, dismissNotices: () => setNotices([]) }
}
