import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { parseViewState, serializeViewState, type Known, type ViewState } from './urlState.ts'

/** `push` makes a history entry (a toggle, a view switch, an opened event); `replace` does not (typing). */
export type UpdateMode = 'push' | 'replace'

export function knownOf(corpus: CorpusIndex): Known {
  return {
    occasionIds: corpus.occasions.map((o) => o.id),
    kinds: corpus.kinds,
    hasEvent: (id) => corpus.byId.has(id),
  }
}

/**
 * The view kept in the query string, so a link reproduces it and reload keeps it. Committed
 * changes push a history entry, typing replaces the current one, and back / forward step
 * through what the reader did.
 */
export function useViewState(corpus: CorpusIndex) {
  const known = useMemo(() => knownOf(corpus), [corpus])
  const read = useCallback(() => parseViewState(window.location.search, known), [known])
  const [initial] = useState(read)
  const [view, setView] = useState<ViewState>(initial)
  const [notices, setNotices] = useState<string[]>(initial.notices)
  const latest = useRef(view)

  useEffect(() => {
    const onPop = () => {
      const parsed = read()
      latest.current = parsed
      setView(parsed)
      setNotices(parsed.notices)
    }
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [read])

  // Drop what the link got wrong from the address bar, so a copied link is clean.
  useEffect(() => {
    const clean = serializeViewState(initial, known)
    if (clean !== window.location.search)
      window.history.replaceState(null, '', `${window.location.pathname}${clean}${window.location.hash}`)
  }, [initial, known])

  /** Applies a change to the latest view (so two changes in one event both count). */
  const update = useCallback(
    (change: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>), mode: UpdateMode = 'push') => {
      const prev = latest.current
      const next = { ...prev, ...(typeof change === 'function' ? change(prev) : change) }
      latest.current = next
      setView(next)
      const search = serializeViewState(next, known)
      if (search === window.location.search) return
      const url = `${window.location.pathname}${search}`
      if (mode === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    },
    [known],
  )
  const dismissNotices = useCallback(() => setNotices([]), [])
  return { view, update, notices, dismissNotices }
}
