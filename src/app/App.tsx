import { useEffect, useMemo } from 'react'
import { appRoot } from '../data/appRoot.ts'
import { fetchIndex } from '../data/corpus.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { t } from '../i18n/i18n.ts'
import { LinksContext, type Links } from '../ui/links.ts'
import { PrerenderContext, useHydrated } from '../ui/hydration.ts'
import { useAsync } from '../ui/useAsync.ts'
import { useLatest } from '../ui/useLatest.ts'
import { MainPage } from './MainPage.tsx'

type AppProps = {
  /** The index, when it is already loaded (the server's render, and the client hydrating it). */
  corpus?: CorpusIndex
  /** How links reach events, as the first render writes them. */
  links: Links
  /**
   * True for the build's render of the home page and for the client's first render over it
   * (hydration), which must write the same markup: no measured width, no address bar.
   */
  prerender?: boolean
  /** Told once, when the page is the app's: every part committed and its listeners attached. */
  onAwake?: () => void
}

/** Loads the index once, then hands it to the page (the header is static HTML in index.html). */
export function App({ corpus, links: firstLinks, prerender = false, onAwake }: AppProps) {
  // Once hydrated, links are written from the home page's absolute path: the address bar may
  // then move to an event's page, which relative links would follow.
  const hydrated = useHydrated()
  const links = useMemo(
    () => (hydrated ? { ...firstLinks, base: appRoot().pathname } : firstLinks),
    [hydrated, firstLinks],
  )
  // Handed over in a transition: React renders the page in slices and never blocks input for long.
  const { state: load, retry } = useAsync('index', fetchIndex, { cached: corpus, transition: true })
  // The root's effects run after every child's: the shortcuts and the axis's listeners are on.
  const awake = useLatest(onAwake)
  useEffect(() => awake.current?.(), [awake])

  return (
    <PrerenderContext.Provider value={prerender}>
      <LinksContext.Provider value={links}>
        <ErrorBoundary>
          {load.status === 'loading' && (
            <p role="status" className="p-8 text-center text-slate-600">
              {/* The same words as the page's placeholder before the app (index.html). */}
              {t('site.loading')}
            </p>
          )}
          {load.status === 'error' && (
            <div
              role="alert"
              className="mx-auto mt-12 max-w-md space-y-3 rounded-xl bg-white p-6 text-center shadow"
            >
              <p>{load.message}</p>
              <button
                type="button"
                className="rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white"
                onClick={retry}
              >
                {t('app.retry')}
              </button>
            </div>
          )}
          {load.status === 'ready' && <MainPage corpus={load.value} />}
        </ErrorBoundary>
      </LinksContext.Provider>
    </PrerenderContext.Provider>
  )
}
