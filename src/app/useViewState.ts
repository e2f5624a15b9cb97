import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { appRoot, pathBelowRoot } from '../data/appRoot.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { useLinks } from '../ui/links.ts'
import { locationFor, parseLocation, type Known, type ViewState } from './urlState.ts'

/** `push` makes a history entry (a toggle, a view switch, an opened event); `replace` does not (typing). */
export type UpdateMode = 'push' | 'replace'

export function knownOf(corpus: CorpusIndex): Known {
  return {
    occasionIds: corpus.occasions.map((o) => o.id),
    kinds: corpus.kinds,
    hasEvent: (id) => corpus.byId.has(id),
  }
}

/** The address now, below the app's home page; on the server, the home page's. */
const here = () =>
  typeof window === 'undefined'
    ? { path: '', search: '', hash: '' }
    : { path: pathBelowRoot(), search: window.location.search, hash: window.location.hash }

/** The current address as `locationFor` writes it: an event's path (if any) and the query. */
const current = () => {
  const { path, search } = here()
  return `${path.startsWith('event/') ? path : ''}${search}`
}

/**
 * The URL for an address from `locationFor`. An event's page sits below the home page; the
 * home page keeps the path it was loaded at (index.html, say) unless leaving an event's page.
 */
const urlFor = (address: string) => {
  const onEventPage = here().path.startsWith('event/')
  const home = address.startsWith('event/') || onEventPage ? appRoot().pathname : window.location.pathname
  return `${home}${address}`
}

/**
 * The view kept in the address (the open event as its own page's path, the rest in the query
 * string), so a link reproduces it and reload keeps it. Committed changes push a history
 * entry, typing replaces the current one, and back / forward step through what the reader did.
 */
export function useViewState(corpus: CorpusIndex) {
  const known = useMemo(() => knownOf(corpus), [corpus])
  const { pages, embed = false } = useLinks()
  const read = useCallback(() => {
    const { path, search } = here()
    // An embed (embed/) reads its view from the query and never writes the address: the
    // frame's history is the article's.
    return parseLocation(embed ? '' : path, search, known)
  }, [known, embed])
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

  // Drop what the link got wrong from the address bar, so a copied link is clean (and an old
  // ?event= link shows the event's own address).
  useEffect(() => {
    if (embed) return
    const clean = locationFor(initial, known, pages)
    if (clean !== current()) window.history.replaceState(null, '', `${urlFor(clean)}${here().hash}`)
  }, [initial, known, pages, embed])

  /** Applies a change to the latest view (so two changes in one event both count). */
  const update = useCallback(
    (change: Partial<ViewState> | ((v: ViewState) => Partial<ViewState>), mode: UpdateMode = 'push') => {
      const prev = latest.current
      const next = { ...prev, ...(typeof change === 'function' ? change(prev) : change) }
      latest.current = next
      setView(next)
      if (embed) return
      const address = locationFor(next, known, pages)
      if (address === current()) return
      const url = urlFor(address)
      if (mode === 'push') window.history.pushState(null, '', url)
      else window.history.replaceState(null, '', url)
    },
    [known, pages, embed],
  )
  const dismissNotices = useCallback(() => setNotices([]), [])
  return { view, update, notices, dismissNotices }
}
