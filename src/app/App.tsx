import { startTransition, useCallback, useEffect, useState } from 'react'
import { fetchIndex } from '../data/corpus.ts'
import type { CorpusIndex } from '../data/indexFormat.ts'
import { ErrorBoundary } from './ErrorBoundary.tsx'
import { MainPage } from './MainPage.tsx'

type Load =
  { status: 'loading' } | { status: 'ready'; corpus: CorpusIndex } | { status: 'error'; message: string }

/** Loads the index once, then hands it to the page (the header is static HTML in index.html). */
export function App() {
  const [load, setLoad] = useState<Load>({ status: 'loading' })
  const start = useCallback((fresh = false) => {
    fetchIndex(fresh).then(
      // A transition: React renders the page in slices and never blocks input for long.
      (corpus) => startTransition(() => setLoad({ status: 'ready', corpus })),
      (e: unknown) => setLoad({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    )
  }, [])
  useEffect(() => start(), [start])

  return (
    <>
      <ErrorBoundary>
        {load.status === 'loading' && (
          <p role="status" className="p-8 text-center text-slate-600">
            Loading the timeline…
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
              onClick={() => {
                setLoad({ status: 'loading' })
                start(true)
              }}
            >
              Try again
            </button>
          </div>
        )}
        {load.status === 'ready' && <MainPage corpus={load.corpus} />}
      </ErrorBoundary>
    </>
  )
}
